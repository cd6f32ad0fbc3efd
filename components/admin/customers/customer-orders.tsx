import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { AdminCustomer } from '@/lib/admin/customers/get-admin-customer';
import { formatCents } from '@/lib/money';
import { OrderFulfilment, OrderStatusBadges } from '@/components/admin/orders/order-row-cells';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';

/** The customer's orders in every channel, then their click & collect pickups. */
export function CustomerOrders({ customer }: { customer: AdminCustomer }) {
  const t = useTranslations('adminCustomers.page');
  const tList = useTranslations('adminOrders.list');
  const tPage = useTranslations('adminOrders.page');
  const format = useFormatter();
  const locale = useLocale();
  const when = (date: Date) => <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: 'short', timeStyle: 'short' })}</time>;
  const orderLink = (number: number) => (
    <Link href={`/admin/orders/${number}`} className="font-semibold text-brand-800 underline">
      {number}
    </Link>
  );
  return (
    <>
      <section aria-labelledby="customer-orders" className="mt-8">
        <h2 id="customer-orders" className="text-lg font-semibold">
          {t('orders')}
        </h2>
        {customer.orders.length === 0 ? (
          <p className="mt-2">{t('noOrders')}</p>
        ) : (
          <>
            {customer.orderCount > customer.orders.length ? <p className="mt-1 text-sm text-stone-700">{t('ordersMore', { shown: customer.orders.length, total: customer.orderCount })}</p> : null}
            <Table caption={t('ordersCaption')} hideCaption wrapperClassName="mt-3">
              <THead>
                <Tr>
                  <Th>{t('number')}</Th>
                  <Th>{t('placed')}</Th>
                  <Th>{t('channel')}</Th>
                  <Th>{t('fulfilment')}</Th>
                  <Th>{t('status')}</Th>
                  <Th className="text-right">{t('total')}</Th>
                </Tr>
              </THead>
              <TBody>
                {customer.orders.map((order) => (
                  <Tr key={order.id}>
                    <Td>
                      {orderLink(order.number)}
                      {order.customerId ? null : <span className="block text-sm text-stone-700">{t('guestOrder')}</span>}
                    </Td>
                    <Td className="whitespace-nowrap">{when(order.placedAt)}</Td>
                    <Td>{tList(`channels.${order.channel}`)}</Td>
                    <Td>
                      <OrderFulfilment order={order} />
                    </Td>
                    <Td>
                      <OrderStatusBadges order={order} />
                    </Td>
                    <Td className="text-right tabular-nums whitespace-nowrap">{formatCents(order.totalCents, locale, order.currency)}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </>
        )}
      </section>
      <section aria-labelledby="customer-pickups" className="mt-8">
        <h2 id="customer-pickups" className="text-lg font-semibold">
          {t('pickups')}
        </h2>
        {customer.pickups.length === 0 ? (
          <p className="mt-2">{t('noPickups')}</p>
        ) : (
          <Table caption={t('pickupsCaption')} hideCaption wrapperClassName="mt-3">
            <THead>
              <Tr>
                <Th>{t('number')}</Th>
                <Th>{t('placed')}</Th>
                <Th>{t('store')}</Th>
                <Th>{t('pickupStatus')}</Th>
              </Tr>
            </THead>
            <TBody>
              {customer.pickups.map((order) => (
                <Tr key={order.id}>
                  <Td>{orderLink(order.number)}</Td>
                  <Td className="whitespace-nowrap">{when(order.placedAt)}</Td>
                  <Td>{order.pickupStore?.name}</Td>
                  <Td>{order.pickup ? <Badge>{tPage(`pickupStatuses.${order.pickup.status}`)}</Badge> : null}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </section>
    </>
  );
}
