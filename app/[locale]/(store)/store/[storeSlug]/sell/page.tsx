import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { CounterTill } from '@/components/store/counter/counter-till';
import { listCounterFavourites } from '@/lib/counter/list-counter-favourites';
import { prisma } from '@/lib/db';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

type Props = { params: Promise<{ locale: string; storeSlug: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'storeCounter' });
  return { title: t('title') };
}

/** The till: a sale at this store's counter, for its staff (or the owner). */
export default async function CounterSellPage({ params }: Props) {
  const [locale, { storeSlug }] = await Promise.all([pageLocale(params), params]);
  const { store, user } = await requireStoreStaff({ slug: storeSlug }, `/store/${storeSlug}/sell`);
  const [t, favourites, seller] = await Promise.all([
    getTranslations('storeCounter'),
    listCounterFavourites(store.id, locale),
    prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true, canOverridePrices: true } }),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <CounterTill store={{ id: store.id, slug: store.slug, name: store.name }} favourites={favourites} mayOverridePrices={seller.role === 'OWNER' || seller.canOverridePrices} />
    </div>
  );
}
