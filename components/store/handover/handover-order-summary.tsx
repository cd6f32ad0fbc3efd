import { useLocale, useTranslations } from 'next-intl';
import { Card, CardTitle } from '@/components/ui/card';
import { formatCents } from '@/lib/money';
import type { HandoverPickup } from '@/lib/pickups/find-handover-pickup';

/** Who the order is for, what to hand over (cancelled lines left out) and whether it is paid. */
export function HandoverOrderSummary({ pickup }: { pickup: HandoverPickup }) {
  const t = useTranslations('storeHandover.handover');
  const locale = useLocale();
  const money = (cents: number) => formatCents(cents, locale, pickup.currency);
  const payment =
    pickup.orderStatus === 'PAY_AT_PICKUP'
      ? t('toPay', { amount: money(pickup.dueCents) })
      : pickup.paidWith === 'STRIPE'
        ? t('paidOnline', { amount: money(pickup.totalCents) })
        : pickup.paidWith
          ? t('paidAtCounter', { amount: money(pickup.totalCents) })
          : t('notPaid');
  return (
    <Card as="section" aria-labelledby="handover-summary-title" className="flex flex-col gap-4">
      <div>
        <CardTitle id="handover-summary-title" className="text-sm font-normal text-stone-700">
          {t('customer')}
        </CardTitle>
        <p className="text-xl font-semibold text-stone-900">{pickup.name}</p>
        {pickup.phone ? (
          <p>
            <span className="sr-only">{t('phone')}: </span>
            <a href={`tel:${pickup.phone.replace(/[^\d+]/g, '')}`} className="inline-flex min-h-11 items-center underline underline-offset-4">
              {pickup.phone}
            </a>
          </p>
        ) : null}
      </div>
      <div>
        <h2 className="font-semibold text-stone-900">{t('linesTitle')}</h2>
        <ul className="mt-2 divide-y divide-stone-200">
          {pickup.lines.map((line) => (
            <li key={line.id} className="flex items-baseline justify-between gap-4 py-2">
              <span>
                <span className="mr-2 text-lg font-bold tabular-nums">{t('quantity', { quantity: line.quantity })}</span>
                <span className="font-medium">{line.name}</span>
                {line.variantLabel ? <span className="text-stone-700"> · {line.variantLabel}</span> : null}
                <span className="block text-xs text-stone-600">{t('sku', { sku: line.sku })}</span>
              </span>
              <span className="tabular-nums">{money(line.lineTotalCents)}</span>
            </li>
          ))}
        </ul>
        {pickup.cancelledLineCount > 0 ? <p className="mt-2 text-sm text-stone-700">{t('cancelledLines', { count: pickup.cancelledLineCount })}</p> : null}
      </div>
      <div>
        <h2 className="font-semibold text-stone-900">{t('paymentTitle')}</h2>
        <p className={pickup.orderStatus === 'PAY_AT_PICKUP' ? 'mt-1 text-xl font-bold text-stone-900' : 'mt-1 text-stone-800'}>{payment}</p>
      </div>
    </Card>
  );
}
