import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { formatCents } from '@/lib/money';
import type { listDeskRefundsNeedingAttention } from '@/lib/returns/desk-list-attention';
import type { listDeskRequestedReturns } from '@/lib/returns/desk-list-requested';
import { deskReturnPath } from '@/lib/returns/desk-paths';
import { RetryRefundButton } from './retry-refund-button';

const rowLink =
  'flex min-h-11 flex-col justify-center rounded-xl border border-stone-300 bg-white px-4 py-3 no-underline ' +
  'hover:border-brand-700 hover:bg-brand-50 focus-visible:outline-3 focus-visible:outline-brand-700';

type Requested = Awaited<ReturnType<typeof listDeskRequestedReturns>>;
type Attention = Awaited<ReturnType<typeof listDeskRefundsNeedingAttention>>;

/** Returns announced for this store: each a big tap target to its receive page. */
export async function RequestedReturns({ storeSlug, returns }: { storeSlug: string; returns: Requested }) {
  const t = await getTranslations('storeReturns.requested');
  const format = await getFormatter();
  return (
    <section aria-labelledby="requested-returns" className="flex flex-col gap-3">
      <h2 id="requested-returns" className="text-xl font-semibold">
        {t('title')}
      </h2>
      {returns.length === 0 ? <p className="text-stone-700">{t('empty')}</p> : null}
      <ul className="flex flex-col gap-2">
        {returns.map((item) => (
          <li key={item.number}>
            <Link href={deskReturnPath(storeSlug, item.number)} className={rowLink}>
              <span className="font-semibold text-stone-900">{t('item', { number: String(item.number) })}</span>
              <span className="text-sm text-stone-700">
                {t('detail', {
                  order: String(item.order.number),
                  name: item.order.name,
                  count: item.lines.reduce((sum, line) => sum + line.quantity, 0),
                  date: format.dateTime(item.createdAt, { dateStyle: 'medium' }),
                })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Refunds of returns received here that did not go through, each with its retry. */
export async function RefundsNeedingAttention({ storeId, storeSlug, refunds, locale }: { storeId: string; storeSlug: string; refunds: Attention; locale: string }) {
  const t = await getTranslations('storeReturns.attention');
  return (
    <section aria-labelledby="refunds-attention" className="flex flex-col gap-3">
      <h2 id="refunds-attention" className="text-xl font-semibold">
        {t('title')}
      </h2>
      {refunds.length === 0 ? <p className="text-stone-700">{t('empty')}</p> : null}
      <ul className="flex flex-col gap-3">
        {refunds.map((refund) => (
          <li key={refund.id} className="flex flex-col gap-2 rounded-xl border border-red-600/40 bg-white p-4">
            <p className="font-semibold">
              {refund.return ? (
                <Link href={deskReturnPath(storeSlug, refund.return.number)} className="underline underline-offset-4 hover:no-underline">
                  {t('item', { number: String(refund.return.number), order: String(refund.order.number), name: refund.order.name })}
                </Link>
              ) : null}
            </p>
            <p>
              <span className="font-semibold">{formatCents(refund.amountCents, locale, refund.currency)}</span> ·{' '}
              {refund.status === 'FAILED' ? t('failed') : t('noAnswer')}
            </p>
            {refund.failureReason ? <p className="text-sm text-stone-700">{t('reason', { reason: refund.failureReason })}</p> : null}
            <RetryRefundButton storeId={storeId} refundId={refund.id} />
          </li>
        ))}
      </ul>
    </section>
  );
}
