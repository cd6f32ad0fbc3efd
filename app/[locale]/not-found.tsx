import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ErrorPage } from '@/components/shop/error-page';
import { ButtonLink } from '@/components/ui/button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errors.notFound');
  return { title: t('metaTitle') };
}

// Rendered for notFound() anywhere under [locale] and, through [...rest], for unknown paths.
export default async function NotFound() {
  const t = await getTranslations('errors.notFound');
  return (
    <ErrorPage kind="notFound" actions={<ButtonLink href="/">{t('home')}</ButtonLink>}>
      <p className="mt-2 text-stone-700">{t('search')}</p>
    </ErrorPage>
  );
}
