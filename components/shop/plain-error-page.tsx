'use client';

import { useTranslations } from 'next-intl';
import { useEffect, type ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { Button, ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { ErrorPanel } from './error-panel';
import { ShopLogo } from './shop-logo';

// The shop's error pages (404, 403 and the error boundary), in a light frame and rendered with the
// strings the layout already gave the browser. All three live in this one client module, so that
// the browser gets one small chunk for them: Next puts every boundary of the [locale] layout in
// each page's first load. They do not use the shop's full frame: a 404 of a statically rendered
// page must not read the request (next-intl's server calls would, and turn it into a 500), and
// the full frame would travel in every page's payload.

/** The light frame: logo, message, actions. */
export function PlainErrorPage({ kind, actions, children }: { kind: 'error' | 'notFound' | 'forbidden'; actions: ReactNode; children?: ReactNode }) {
  const t = useTranslations(`errors.${kind}`);
  const tCommon = useTranslations('common');
  return (
    <div className="flex min-h-dvh flex-col">
      <title>{`${t('metaTitle')} · ${tCommon('shopName')}`}</title>
      <header className="border-b border-stone-200 bg-white">
        <Container className="flex py-2">
          <Link href="/" className="flex min-h-11 items-center gap-2 text-lg font-bold tracking-tight text-brand-800">
            <ShopLogo className="size-8" />
            {tCommon('shopName')}
          </Link>
        </Container>
      </header>
      <main id="main" tabIndex={-1} className="flex-1">
        <ErrorPanel code={t('code')} title={t('title')} text={t('text')} actions={actions}>
          {children}
        </ErrorPanel>
      </main>
    </div>
  );
}

/** notFound() anywhere under [locale], and unknown paths (through [...rest]). */
export function NotFoundPage() {
  const t = useTranslations('errors.notFound');
  return (
    <PlainErrorPage
      kind="notFound"
      actions={
        <>
          <ButtonLink href="/">{t('home')}</ButtonLink>
          <ButtonLink href="/category" variant="secondary">
            {t('categories')}
          </ButtonLink>
        </>
      }
    />
  );
}

/** forbidden() from a page, action or route (HTTP 403). */
export function ForbiddenPage() {
  const t = useTranslations('errors.forbidden');
  return (
    <PlainErrorPage
      kind="forbidden"
      actions={
        <>
          <ButtonLink href="/">{t('home')}</ButtonLink>
          <ButtonLink href="/signin" variant="secondary">
            {t('signInOther')}
          </ButtonLink>
        </>
      }
    />
  );
}

/**
 * The error boundary below the root layout. Shows no error details: in production, errors from
 * server components reach the browser only as a digest, which we show as a reference for support.
 */
export function ErrorBoundaryPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('errors.error');
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <PlainErrorPage
      kind="error"
      actions={
        <>
          <Button onClick={() => retry()}>{t('retry')}</Button>
          <ButtonLink href="/" variant="secondary">
            {t('home')}
          </ButtonLink>
        </>
      }
    >
      {digest ? <p className="mt-4 text-sm text-stone-700">{t('reference', { digest })}</p> : null}
    </PlainErrorPage>
  );
}
