import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { AdminOrder } from '@/lib/admin/orders/get-admin-order';
import { retryAdminRefundAction } from '@/lib/actions/admin-order-retry-refund';
import { formatCents } from '@/lib/money';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { SimpleOrderAction } from './simple-order-action';

const TONES: Record<string, BadgeTone> = { PENDING: 'warning', SUCCEEDED: 'success', FAILED: 'danger', CANCELLED: 'neutral' };

/** Payments, and refunds with their state, reason, who made them and why a failed one failed (with a retry). */
export function OrderPayments({ order }: { order: AdminOrder }) {
  const t = useTranslations('adminOrders.page');
  const tRefund = useTranslations('adminOrders.refund');
  const format = useFormatter();
  const locale = useLocale();
  const money = (cents: number) => formatCents(cents, locale, order.currency);
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section aria-labelledby="order-payments" className="mt-8">
      <h2 id="order-payments" className="text-lg font-semibold">
        {t('payments')}
      </h2>
      <p className="mt-1 text-stone-700">
        {t('paid', { amount: money(order.money.paidCents) })} · {t('refunded', { amount: money(order.money.refundedCents) })} ·{' '}
        {t('refundable', { amount: money(order.money.refundableCents) })}
      </p>
      {order.payments.length === 0 ? (
        <p className="mt-3">{t('noPayments')}</p>
      ) : (
        <Table caption={t('paymentsCaption')} wrapperClassName="mt-3">
          <THead>
            <Tr>
              <Th>{t('when')}</Th>
              <Th>{t('provider')}</Th>
              <Th>{t('state')}</Th>
              <Th className="text-right">{t('amount')}</Th>
            </Tr>
          </THead>
          <TBody>
            {order.payments.map((payment) => (
              <Tr key={payment.id}>
                <Td className="whitespace-nowrap">{when(payment.createdAt)}</Td>
                <Td>{t(`providers.${payment.provider}`)}</Td>
                <Td>
                  <Badge tone={TONES[payment.status]}>{t(`paymentStatuses.${payment.status}`)}</Badge>
                </Td>
                <Td className="text-right tabular-nums whitespace-nowrap">{money(payment.amountCents)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {order.refunds.length === 0 ? (
        <p className="mt-3">{t('noRefunds')}</p>
      ) : (
        <Table caption={t('refundsCaption')} wrapperClassName="mt-3">
          <THead>
            <Tr>
              <Th>{t('when')}</Th>
              <Th>{t('reason')}</Th>
              <Th>{t('by')}</Th>
              <Th>{t('state')}</Th>
              <Th className="text-right">{t('amount')}</Th>
            </Tr>
          </THead>
          <TBody>
            {order.refunds.map((refund) => (
              <Tr key={refund.id}>
                <Td className="whitespace-nowrap">{when(refund.createdAt)}</Td>
                <Td>{refund.reason}</Td>
                <Td>{refund.actor?.name ?? refund.actor?.email ?? t('system')}</Td>
                <Td>
                  <Badge tone={TONES[refund.status]}>{t(`refundStatuses.${refund.status}`)}</Badge>
                  {refund.failureReason ? <p className="mt-1 text-sm text-red-800">{t('failure', { reason: refund.failureReason })}</p> : null}
                  {refund.status !== 'SUCCEEDED' && refund.failureReason ? (
                    <div className="mt-2">
                      <SimpleOrderAction action={retryAdminRefundAction} fields={{ orderId: order.id, refundId: refund.id }} label={tRefund('retry')} />
                    </div>
                  ) : null}
                </Td>
                <Td className="text-right tabular-nums whitespace-nowrap">{money(refund.amountCents)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
