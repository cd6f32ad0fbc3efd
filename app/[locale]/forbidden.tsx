import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ErrorPage } from '@/components/shop/error-page';
import { ButtonLink } from '@/components/ui/button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errors.forbidden');
  return { title: t('metaTitle') };
}

// Rendered with HTTP 403 when a page, action or route calls forbidden() (experimental.authInterrupts).
export default async function Forbidden() {
  const t = await getTranslations('errors.forbidden');
  return (
    <ErrorPage
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
