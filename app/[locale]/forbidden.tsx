import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ErrorPanel } from '@/components/shop/error-panel';
import { SiteChrome } from '@/components/shop/site-chrome';
import { ButtonLink } from '@/components/ui/button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errors.forbidden');
  return { title: t('metaTitle') };
}

// Rendered with HTTP 403 when a page, action or route calls forbidden() (experimental.authInterrupts).
export default async function Forbidden() {
  const [t, tCommon] = await Promise.all([getTranslations('errors.forbidden'), getTranslations('common')]);
  return (
    <SiteChrome>
      {/* Next 16.3+ renders notFound()/forbidden() pages in the browser only (vercel/next.js#62228)
          and then drops the generateMetadata title; React's <title> sets it there. */}
      <title>{`${t('metaTitle')} · ${tCommon('shopName')}`}</title>
      <ErrorPanel
        code={t('code')}
        title={t('title')}
        text={t('text')}
        actions={
          <>
            <ButtonLink href="/">{t('home')}</ButtonLink>
            <ButtonLink href="/signin" variant="secondary">
              {t('signInOther')}
            </ButtonLink>
          </>
        }
      />
    </SiteChrome>
  );
}
