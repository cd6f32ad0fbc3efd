import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { CHANNELS, FULFILMENTS, ORDER_SORTS, ORDER_STATUSES, RETURN_STATUSES, type OrderListQuery } from '@/lib/admin/orders/order-list-query';
import { Button, buttonClasses } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';

type Props = { query: OrderListQuery; stores: readonly { id: string; name: string }[] };

/** The order list's filters: a GET form, so the filtered list is a URL (bookmarkable, shareable). */
export function OrderFilters({ query, stores }: Props) {
  const t = useTranslations('adminOrders.list');
  const tOrders = useTranslations('orders');
  return (
    <form method="get" role="search" aria-label={t('filters')} className="mt-6 grid gap-4 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <FormField label={t('search')} hint={t('searchHint')} className="sm:col-span-2">
        {(field) => <Input {...field} name="q" type="search" defaultValue={query.q ?? ''} />}
      </FormField>
      <FormField label={t('status')}>
        {(field) => (
          <Select {...field} name="status" defaultValue={query.status ?? ''}>
            <option value="">{t('any')}</option>
            {ORDER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {tOrders(`statuses.${status}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField label={t('returnStatus')}>
        {(field) => (
          <Select {...field} name="returnStatus" defaultValue={query.returnStatus ?? ''}>
            <option value="">{t('any')}</option>
            {RETURN_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`returnStatuses.${status}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField label={t('channel')}>
        {(field) => (
          <Select {...field} name="channel" defaultValue={query.channel ?? ''}>
            <option value="">{t('any')}</option>
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`channels.${channel}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField label={t('fulfilment')}>
        {(field) => (
          <Select {...field} name="fulfilment" defaultValue={query.fulfilment ?? ''}>
            <option value="">{t('any')}</option>
            {FULFILMENTS.map((fulfilment) => (
              <option key={fulfilment} value={fulfilment}>
                {tOrders(`fulfilments.${fulfilment}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField label={t('store')}>
        {(field) => (
          <Select {...field} name="store" defaultValue={query.storeId ?? ''}>
            <option value="">{t('any')}</option>
            {stores.map((store) => (
              <option key={store.id} value={store.id}>
                {store.name}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField label={t('sort')}>
        {(field) => (
          <Select {...field} name="sort" defaultValue={query.sort}>
            {ORDER_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sorts.${sort}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField label={t('from')}>{(field) => <Input {...field} name="from" type="date" defaultValue={query.from ?? ''} />}</FormField>
      <FormField label={t('to')}>{(field) => <Input {...field} name="to" type="date" defaultValue={query.to ?? ''} />}</FormField>
      <div className="flex flex-wrap items-end gap-3 sm:col-span-2">
        <Button type="submit">{t('apply')}</Button>
        <Link href="/admin/orders" className={buttonClasses({ variant: 'ghost' })}>
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
