'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, type ReactNode } from 'react';
import { localizedPath, type AppLocale } from '@/i18n/routing';
import { buttonClasses } from '@/components/ui/button-classes';
import { Container } from '@/components/ui/container';
import { ErrorPanel } from './error-panel';
import { ShopLogo } from './shop-logo';

// The shop's error pages (404, 403 and the error boundary), in a light frame and rendered with the
// strings the layout already gave the browser. All three live in this one client module, so that
// the browser gets one small chunk for them: Next puts every boundary of the [locale] layout in
// each page's first load. They do not use the shop's full frame: a 404 of a statically rendered
// page must not read the request (next-intl's server calls would, and turn it into a 500), and
// the full frame would travel in every page's payload. Their links are plain links (a full page
// load, a fresh start after an error), which keeps the router's Link out of their small chunk.

/** A path of the shop in the current language: /signin, or /en/signin. */
function useShopHref(): (path: string) => string {
  const locale = useLocale() as AppLocale;
  return (path) => localizedPath(path, locale);
}

/** The light frame: logo, message, actions. */
export function PlainErrorPage({ kind, actions, children }: { kind: 'error' | 'notFound' | 'forbidden'; actions: ReactNode; children?: ReactNode }) {
  const t = useTranslations(`errors.${kind}`);
  const tCommon = useTranslations('common');
  const href = useShopHref();
  return (
    <div className="flex min-h-dvh flex-col">
      <title>{`${t('metaTitle')} · ${tCommon('shopName')}`}</title>
      <header className="border-b border-stone-200 bg-white">
        <Container className="flex py-2">
          <a href={href('/')} className="flex min-h-11 items-center gap-2 text-lg font-bold tracking-tight text-brand-800">
            <ShopLogo className="size-8" />
            {tCommon('shopName')}
          </a>
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
  const href = useShopHref();
  return (
    <PlainErrorPage
      kind="notFound"
      actions={
        <>
          <a href={href('/')} className={buttonClasses()}>
            {t('home')}
          </a>
          <a href={href('/category')} className={buttonClasses({ variant: 'secondary' })}>
            {t('categories')}
          </a>
        </>
      }
    />
  );
}

/** forbidden() from a page, action or route (HTTP 403). */
export function ForbiddenPage() {
  const t = useTranslations('errors.forbidden');
  const href = useShopHref();
  return (
    <PlainErrorPage
      kind="forbidden"
      actions={
        <>
          <a href={href('/')} className={buttonClasses()}>
            {t('home')}
          </a>
          <a href={href('/signin')} className={buttonClasses({ variant: 'secondary' })}>
            {t('signInOther')}
          </a>
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
  const href = useShopHref();
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <PlainErrorPage
      kind="error"
      actions={
        <>
          <button type="button" onClick={() => retry()} className={buttonClasses()}>
            {t('retry')}
          </button>
          <a href={href('/')} className={buttonClasses({ variant: 'secondary' })}>
            {t('home')}
          </a>
        </>
      }
    >
      {digest ? <p className="mt-4 text-sm text-stone-700">{t('reference', { digest })}</p> : null}
    </PlainErrorPage>
  );
}
