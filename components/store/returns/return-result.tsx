import { getFormatter, getTranslations } from 'next-intl/server';
import { Card, CardTitle } from '@/components/ui/card';
import { formatCents } from '@/lib/money';
import type { DeskReturn } from '@/lib/returns/find-desk-return';
import { RetryRefundButton } from './retry-refund-button';

type Props = { found: DeskReturn; storeId: string; locale: string };

/**
 * A received return: where and by whom, what came back and how, and its refund: done, on its
 * way, to be handed over in cash or on the terminal, or failed with a retry (at the store that
 * received it).
 */
export async function ReturnResult({ found, storeId, locale }: Props) {
  const t = await getTranslations('storeReturns');
  const format = await getFormatter();
  const money = (cents: number) => formatCents(cents, locale, found.order.currency);
  const receivedBy = found.receivedBy?.name ?? found.receivedBy?.email ?? 'none';

  return (
    <div className="flex flex-col gap-4">
      <Card as="section" aria-labelledby="return-refund">
        <CardTitle id="return-refund">{t('result.refundTitle')}</CardTitle>
        {found.refunds.length === 0 ? <p className="mt-2">{t('result.noRefund')}</p> : null}
        <ul className="mt-2 flex flex-col gap-3">
          {found.refunds.map((refund) => {
            const amount = money(refund.amountCents);
            const provider = refund.payment.provider;
            const needsRetry = refund.status === 'FAILED' || (refund.status === 'PENDING' && refund.failureReason !== null);
            return (
              <li key={refund.id} className="flex flex-col gap-2">
                <p className={provider === 'STRIPE' ? 'text-lg' : 'text-2xl font-bold'}>
                  {provider !== 'STRIPE'
                    ? t(`result.${provider}`, { amount })
                    : refund.status === 'SUCCEEDED'
                      ? t('result.stripeSucceeded', { amount })
                      : refund.status === 'FAILED'
                        ? t('result.failed', { amount })
                        : refund.failureReason
                          ? t('result.stripeNoAnswer', { amount })
                          : t('result.stripePending', { amount })}
                </p>
                {needsRetry && refund.failureReason ? <p className="text-sm text-stone-700">{t('result.failureReason', { reason: refund.failureReason })}</p> : null}
                {needsRetry && found.store?.id === storeId ? <RetryRefundButton storeId={storeId} refundId={refund.id} /> : null}
              </li>
            );
          })}
        </ul>
      </Card>

      <Card as="section" aria-labelledby="return-lines">
        <CardTitle id="return-lines">{t('result.linesTitle')}</CardTitle>
        {found.receivedAt && found.store ? (
          <p className="mt-1 text-stone-700">
            {t('result.received', { date: format.dateTime(found.receivedAt, { dateStyle: 'medium', timeStyle: 'short' }), store: found.store.name, by: receivedBy })}
          </p>
        ) : null}
        {found.windowOverrideReason ? <p className="mt-1 text-stone-700">{t('result.override', { reason: found.windowOverrideReason })}</p> : null}
        <ul className="mt-3 flex flex-col gap-2">
          {found.lines.map((line) => (
            <li key={line.orderLineId} className="flex flex-wrap justify-between gap-x-4">
              <span>
                {line.quantity} × {line.orderLine.variantLabel ? `${line.orderLine.name} (${line.orderLine.variantLabel})` : line.orderLine.name}
                {line.condition ? (
                  <span className="block text-sm text-stone-700">
                    {t('result.lineCondition', {
                      condition: line.condition === 'DAMAGED' ? t('receive.damaged') : t('receive.resaleable'),
                      restock: line.restock ? 'yes' : 'no',
                    })}
                  </span>
                ) : null}
              </span>
              <span className="tabular-nums">{money(line.orderLine.unitPriceCents * line.quantity)}</span>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
