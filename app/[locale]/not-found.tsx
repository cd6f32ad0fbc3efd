'use client';

import { useTranslations } from 'next-intl';
import { PlainErrorPage } from '@/components/shop/plain-error-page';
import { ButtonLink } from '@/components/ui/button';

// Rendered for notFound() anywhere under [locale] and, through [...rest], for unknown paths.
// A client component: a story or product page rendered on its first visit (ISR) that turns out
// not to exist must answer 404, and next-intl's server calls here would read headers (a 500).
export default function NotFound() {
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
