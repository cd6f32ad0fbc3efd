import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { CustomerOrder } from '@/components/store/counter/customer-order';
import { prisma } from '@/lib/db';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

type Props = { params: Promise<{ locale: string; storeSlug: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'storeCounter.order' });
  return { title: t('title') };
}

/** "Order for the customer" (endless aisle), for this store's staff (or the owner). */
export default async function CustomerOrderPage({ params }: Props) {
  const [, { storeSlug }] = await Promise.all([pageLocale(params), params]);
  const { store } = await requireStoreStaff({ slug: storeSlug }, `/store/${storeSlug}/order`);
  const [t, stores] = await Promise.all([
    getTranslations('storeCounter.order'),
    prisma.store.findMany({ where: { kind: 'STORE', pickupEnabled: true }, orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true } }),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-1 text-stone-700">{t('intro')}</p>
      </div>
      <CustomerOrder store={{ id: store.id, slug: store.slug }} stores={stores} />
    </div>
  );
}
