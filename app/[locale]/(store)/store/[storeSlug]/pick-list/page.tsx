import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { Link } from '@/i18n/navigation';
import { PrintButton } from '@/components/ui/print-button';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { getPickList } from '@/lib/pickups/get-pick-list';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

type Props = { params: Promise<{ locale: string; storeSlug: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'storePickups.pickList' });
  return { title: t('metaTitle') };
}

/** The day's combined pick list: every unpicked item of the open pickup orders, per product. Printable. */
export default async function PickListPage({ params }: Props) {
  const [, { storeSlug }] = await Promise.all([pageLocale(params), params]);
  const { store } = await requireStoreStaff({ slug: storeSlug }, `/store/${storeSlug}/pick-list`);
  const [items, t] = await Promise.all([getPickList(store.id), getTranslations('storePickups.pickList')]);
  return (
    <div className="flex flex-col gap-4">
      <div className="print:hidden">
        <Link href={`/store/${store.slug}/pickups`} className="inline-flex min-h-11 items-center underline underline-offset-4 hover:no-underline">
          <span aria-hidden="true">←&nbsp;</span>
          {t('back')}
        </Link>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">
          {t('title')} · {store.name}
        </h1>
        {items.length > 0 ? <PrintButton label={t('print')} /> : null}
      </div>
      <p className="text-stone-700">{t('intro')}</p>
      {items.length === 0 ? (
        <EmptyState title={t('empty')} headingLevel={2} />
      ) : (
        <Table caption={t('caption')} hideCaption wrapperClassName="print:border-0 print:overflow-visible">
          <THead>
            <Tr>
              <Th>{t('product')}</Th>
              <Th>{t('sku')}</Th>
              <Th className="text-right">{t('quantity')}</Th>
              <Th>{t('orders')}</Th>
            </Tr>
          </THead>
          <TBody>
            {items.map((item) => (
              <Tr key={item.sku}>
                <Td className="font-medium">{item.variantLabel ? `${item.name} (${item.variantLabel})` : item.name}</Td>
                <Td className="whitespace-nowrap">{item.sku}</Td>
                <Td className="text-right text-lg font-bold">{item.quantity}</Td>
                <Td>{item.orders.map((order) => t('orderQuantity', { number: String(order.number), quantity: order.quantity })).join(', ')}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
