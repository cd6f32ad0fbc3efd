import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { formatCents } from '@/lib/money';
import { getOrderReturnSummary } from '@/lib/returns/get-order-return-summary';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { ReturnStatusBadge } from './return-status-badge';

type Props = {
  orderId: string;
  currency: string;
  /** The order's return pages: `${base}` starts a return, `${base}/<number>` shows one; `query` keeps a guest's link. */
  returnBase: string;
  query?: string;
  /** False when the viewer may see the order but not start returns (e.g. only back from paying). */
  canStart: boolean;
};

/** The order's returns (number, status, lines, refund) and the "Return items" button while something can be returned. */
export async function OrderReturns({ orderId, currency, returnBase, query = '', canStart }: Props) {
  const summary = await getOrderReturnSummary(orderId);
  const showStart = canStart && summary.canRequest;
  if (summary.returns.length === 0 && !showStart) return null;
  const [t, format, locale] = await Promise.all([getTranslations('returns'), getFormatter(), getLocale()]);

  return (
    <Card as="section" aria-labelledby="order-returns-title">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CardTitle id="order-returns-title">{t('order.title')}</CardTitle>
        {summary.returnStatus !== 'NONE' ? (
          <Badge tone={summary.returnStatus === 'RETURNED' ? 'success' : 'info'}>{t(`orderStatuses.${summary.returnStatus}`)}</Badge>
        ) : null}
      </div>

      {summary.returns.length > 0 ? (
        <ul className="mt-3 flex flex-col divide-y divide-stone-200">
          {summary.returns.map((ret) => (
            <li key={ret.id} className="flex flex-col gap-1 py-3">
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  href={`${returnBase}/${ret.number}${query}`}
                  className="inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-2"
                >
                  {t('order.returnNumber', { number: String(ret.number) })}
                </Link>
                <ReturnStatusBadge status={ret.status} />
              </div>
              <p className="text-sm text-stone-700">
                {t('order.createdAt', { date: format.dateTime(ret.createdAt, { dateStyle: 'medium' }) })} · {t(`methods.${ret.method}`)}
              </p>
              <ul className="text-sm text-stone-800">
                {ret.lines.map((line) => (
                  <li key={line.orderLineId}>
                    {t('order.quantity', { quantity: line.quantity })} × {line.variantLabel ? `${line.name} (${line.variantLabel})` : line.name}
                  </li>
                ))}
              </ul>
              {ret.refundedCents > 0 ? (
                <p className="text-sm font-medium text-stone-900">{t('order.refunded', { amount: formatCents(ret.refundedCents, locale, currency) })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}

      {showStart ? (
        <div className="mt-3 flex flex-col gap-2 border-t border-stone-200 pt-3">
          {summary.windowEndsAt ? (
            <p className="text-stone-800">{t('order.windowEndsAt', { date: format.dateTime(summary.windowEndsAt, { dateStyle: 'long' }) })}</p>
          ) : null}
          <div>
            <ButtonLink href={`${returnBase}${query}`} variant="secondary">
              {t('order.start')}
            </ButtonLink>
          </div>
        </div>
      ) : null}
    </Card>
  );
}
