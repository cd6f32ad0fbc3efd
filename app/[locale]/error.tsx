'use client';

import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { ErrorPanel } from '@/components/shop/error-panel';
import { ShopLogo } from '@/components/shop/shop-logo';
import { Button, ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';

// The error boundary below the root layout. Shows no error details: in production, errors from
// server components reach the browser only as a digest, which we show as a reference for support.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('errors.error');
  const tCommon = useTranslations('common');
  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="flex min-h-dvh flex-col">
      <title>{`${t('metaTitle')} · ${tCommon('shopName')}`}</title>
      <header className="border-b border-stone-200 bg-white">
        <Container className="flex py-2">
          <Link
            href="/"
            className="flex min-h-11 items-center gap-2 text-lg font-bold tracking-tight text-brand-800"
          >
            <ShopLogo className="size-8" />
            {tCommon('shopName')}
          </Link>
        </Container>
      </header>
      <main id="main" tabIndex={-1} className="flex-1">
        <ErrorPanel
          code={t('code')}
          title={t('title')}
          text={t('text')}
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
        </ErrorPanel>
      </main>
    </div>
  );
}
