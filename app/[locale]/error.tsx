'use client';

import { useEffect } from 'react';
import { useTranslations } from 'next-intl';
import { PlainErrorPage } from '@/components/shop/plain-error-page';
import { Button, ButtonLink } from '@/components/ui/button';

// The error boundary below the root layout. Shows no error details: in production, errors from
// server components reach the browser only as a digest, which we show as a reference for support.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('errors.error');
  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;

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
