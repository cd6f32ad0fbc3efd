import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StoreCard } from '@/components/stores/store-card';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { StoreIcon } from '@/components/ui/icons';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { helsinkiClock } from '@/lib/catalog/helsinki-clock';
import { jsonLdScript } from '@/lib/catalog/product-json-ld';
import { appUrl } from '@/lib/email/translator';
import { cachedPublicStores } from '@/lib/seo/cached-seo';
import { storeJsonLd } from '@/lib/seo/store-json-ld';

type Props = { params: Promise<{ locale: string }> };

// Static (ISR): regenerated when a store changes (revalidateCatalog) and at least hourly, so
// "this week" starts from the right day soon after midnight.
export const revalidate = 3600;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'media.stores' });
  return {
    title: t('metaTitle'),
    description: t('metaDescription'),
    alternates: {
      canonical: appUrl('/stores', locale),
      languages: { fi: appUrl('/stores', 'fi'), en: appUrl('/stores', 'en'), 'x-default': appUrl('/stores', 'fi') },
    },
  };
}

export default async function StoresPage({ params }: Props) {
  const locale = await pageLocale(params);
  const today = helsinkiClock(new Date());
  const [t, tCommon, stores] = await Promise.all([
    getTranslations('media.stores'),
    getTranslations('common'),
    cachedPublicStores(today.date),
  ]);
  const url = appUrl('/stores', locale);
  const jsonLd = stores.map((store) => storeJsonLd(store, url, tCommon('shopName')));

  return (
    <Container className="flex flex-col gap-6 py-6 sm:py-10">
      {jsonLd.length ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }} /> : null}
      <header className="max-w-2xl">
        <h1 className="text-2xl font-bold tracking-tight text-balance text-stone-900 sm:text-3xl">{t('title')}</h1>
        <p className="mt-2 text-lg text-stone-800">{t('intro')}</p>
      </header>
      {stores.length ? (
        <div className="grid gap-6">
          {stores.map((store) => (
            <StoreCard key={store.id} store={store} today={today} />
          ))}
        </div>
      ) : (
        <EmptyState icon={<StoreIcon />} title={t('empty')} />
      )}
    </Container>
  );
}
