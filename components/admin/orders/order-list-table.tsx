import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { AdminOrderRow } from '@/lib/admin/orders/list-admin-orders';
import { formatCents } from '@/lib/money';
import { OrderFulfilment, OrderStatusBadges } from '@/components/admin/orders/order-row-cells';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';

type Props = { rows: readonly AdminOrderRow[]; page: number; pageCount: number };

/** One page of orders: number (a link to the order), placed, customer, channel, fulfilment, status, total. */
export function OrderListTable({ rows, page, pageCount }: Props) {
  const t = useTranslations('adminOrders.list');
  const format = useFormatter();
  const locale = useLocale();
  return (
    <Table caption={t('caption', { page, pages: pageCount })} hideCaption wrapperClassName="mt-4">
      <THead>
        <Tr>
          <Th>{t('number')}</Th>
          <Th>{t('placed')}</Th>
          <Th>{t('customer')}</Th>
          <Th>{t('channel')}</Th>
          <Th>{t('fulfilment')}</Th>
          <Th>{t('status')}</Th>
          <Th className="text-right">{t('total')}</Th>
        </Tr>
      </THead>
      <TBody>
        {rows.map((order) => (
          <Tr key={order.id}>
            <Td>
              <Link href={`/admin/orders/${order.number}`} className="font-semibold text-brand-800 underline" aria-label={t('open', { number: order.number })}>
                {order.number}
              </Link>
            </Td>
            <Td className="whitespace-nowrap">
              <time dateTime={order.placedAt.toISOString()}>{format.dateTime(order.placedAt, { dateStyle: 'short', timeStyle: 'short' })}</time>
            </Td>
            <Td>
              <span className="block font-medium">{order.name}</span>
              <span className="block text-stone-700">
                {order.email}
                {order.customerId ? null : ` (${t('guest')})`}
              </span>
            </Td>
            <Td>{t(`channels.${order.channel}`)}</Td>
            <Td>
              <OrderFulfilment order={order} />
            </Td>
            <Td>
              <OrderStatusBadges order={order} />
            </Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{formatCents(order.totalCents, locale, order.currency)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
