import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { metadataLocale } from '@/i18n/page-locale';

/** Titles for the staff screens and the back office ("Page · Area · Shop"); never indexed. */
export async function workAreaMetadata(params: Promise<{ locale: string }>, area: 'header.admin' | 'header.staff'): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const [t, tCommon] = await Promise.all([
    getTranslations({ locale, namespace: area }),
    getTranslations({ locale, namespace: 'common' }),
  ]);
  return {
    title: {
      default: `${t('title')} · ${tCommon('shopName')}`,
      template: `%s · ${t('title')} · ${tCommon('shopName')}`,
    },
    robots: { index: false, follow: false },
  };
}
