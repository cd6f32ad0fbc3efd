import { useFormatter, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { AdminOrder } from '@/lib/admin/orders/get-admin-order';
import { Badge } from '@/components/ui/badge';

/** Who ordered, how to reach them, and how the order reaches them (with the pickup's state). */
export function OrderContact({ order }: { order: AdminOrder }) {
  const t = useTranslations('adminOrders.page');
  const tOrders = useTranslations('orders');
  const tList = useTranslations('adminOrders.list');
  const format = useFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  const pickup = order.pickup;
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <section aria-labelledby="order-customer" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="order-customer" className="text-lg font-semibold">
          {t('customer')}
        </h2>
        <p className="mt-2 font-medium">{order.name}</p>
        <p>
          <a href={`mailto:${order.email}`} className="text-brand-800 underline">
            {order.email}
          </a>
        </p>
        {order.phone ? <p>{order.phone}</p> : null}
        <p className="mt-2 text-sm text-stone-700">{tList(`channels.${order.channel}`)}</p>
        {order.customer ? (
          <Link href={`/admin/customers/${order.customer.id}`} className="mt-2 inline-block text-brand-800 underline">
            {t('openCustomer')}
          </Link>
        ) : (
          <p className="mt-2 text-sm text-stone-700">{t('guestOrder')}</p>
        )}
      </section>
      <section aria-labelledby="order-fulfilment" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="order-fulfilment" className="text-lg font-semibold">
          {t('fulfilment')}
        </h2>
        <p className="mt-2 font-medium">{tOrders(`fulfilments.${order.fulfilment}`)}</p>
        {order.fulfilment === 'DELIVERY' ? (
          <address className="not-italic">
            {order.shippingStreet}
            <br />
            {order.shippingPostalCode} {order.shippingCity} {order.shippingCountry}
          </address>
        ) : null}
        {order.parcelLockerName ? <p>{t('parcelLocker', { name: order.parcelLockerName })}</p> : null}
        {order.pickupStore ? <p>{t('pickupStore', { store: order.pickupStore.name })}</p> : null}
        {pickup ? (
          <div className="mt-3 flex flex-col gap-1 text-sm">
            <p>
              <span className="font-medium">{t('pickup')}: </span>
              <Badge tone={pickup.status === 'READY_FOR_PICKUP' ? 'info' : pickup.status === 'PICKED_UP' ? 'success' : 'neutral'}>{t(`pickupStatuses.${pickup.status}`)}</Badge>
            </p>
            {pickup.readyAt ? <p>{t('readyAt', { when: when(pickup.readyAt) })}</p> : null}
            {pickup.deadlineAt && !pickup.pickedUpAt ? <p>{t('deadlineAt', { when: when(pickup.deadlineAt) })}</p> : null}
            {pickup.pickedUpAt ? <p>{t('pickedUpAt', { when: when(pickup.pickedUpAt), by: pickup.handedOverBy?.name ?? pickup.handedOverBy?.email ?? t('system') })}</p> : null}
          </div>
        ) : null}
      </section>
    </div>
  );
}
