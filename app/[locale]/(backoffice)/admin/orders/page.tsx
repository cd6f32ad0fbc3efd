import { getTranslations } from 'next-intl/server';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { countUnpaidOrders } from '@/lib/admin/orders/cancel-unpaid-orders';
import { listAdminOrders } from '@/lib/admin/orders/list-admin-orders';
import { listOrderStores } from '@/lib/admin/orders/list-order-stores';
import { orderListParams, readOrderListQuery } from '@/lib/admin/orders/order-list-query';
import { requireOwner } from '@/lib/auth/require';
import { CancelUnpaidForm } from '@/components/admin/orders/cancel-unpaid-form';
import { ListPagination } from '@/components/admin/orders/list-pagination';
import { OrderFilters } from '@/components/admin/orders/order-filters';
import { OrderListTable } from '@/components/admin/orders/order-list-table';
import { EmptyState } from '@/components/ui/empty-state';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<Props, 'params'>) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'adminOrders.list' });
  return { title: t('title') };
}

export default async function AdminOrdersPage({ params, searchParams }: Props) {
  await pageLocale(params);
  await requireOwner('/admin/orders');
  const query = readOrderListQuery(await searchParams);
  const [result, stores, unpaid, t] = await Promise.all([
    listAdminOrders(query),
    listOrderStores(),
    countUnpaidOrders(query),
    getTranslations('adminOrders.list'),
  ]);
  // The filter without sort and page, as the bulk cancel's form sends it back.
  const filter = Object.fromEntries(new URLSearchParams(orderListParams({ ...query, sort: 'placed_desc', page: 1 })));
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 max-w-prose text-stone-700">{t('intro')}</p>
      <OrderFilters query={query} stores={stores} />
      <p className="mt-6 font-medium" role="status">
        {t('count', { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <EmptyState className="mt-4" title={t('empty')} text={t('emptyHint')} />
      ) : (
        <>
          <OrderListTable rows={result.items} page={result.page} pageCount={result.pageCount} />
          <ListPagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `/admin/orders${orderListParams(query, { page })}`} />
        </>
      )}
      {unpaid > 0 ? <CancelUnpaidForm filter={filter} count={unpaid} /> : null}
    </div>
  );
}
