'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { PaymentProvider } from '@/lib/generated/prisma/enums';
import { formatCents } from '@/lib/money';

type Props = { creditCents: number; newCents: number; refundVia: PaymentProvider | null };

/**
 * An exchange's sums: what comes back (credit), the new items, and the net. A cash refund is set
 * against a cash payment, so the net is what the customer pays, or gets back in cash; a refund to
 * a card or online is given back that way and the new items are paid in full.
 */
export function ExchangeTotals({ creditCents, newCents, refundVia }: Props) {
  const t = useTranslations('storeCounter.exchange.totals');
  const locale = useLocale();
  const money = (cents: number) => formatCents(cents, locale);
  const net = newCents - creditCents;
  const row = (label: string, value: string, strong = false) => (
    <p className={strong ? 'flex justify-between text-xl font-semibold' : 'flex justify-between'}>
      <span>{label}</span>
      <output aria-label={label} className="tabular-nums">
        {value}
      </output>
    </p>
  );
  return (
    <section aria-label={t('title')} className="flex flex-col gap-1 rounded-lg border border-stone-300 bg-white p-3">
      {row(t('credit'), money(-creditCents))}
      {row(t('new'), money(newCents))}
      {refundVia === 'CASH' || creditCents === 0
        ? net >= 0
          ? row(t('toPay'), money(net), true)
          : row(t('giveBack'), money(-net), true)
        : row(t('toPay'), money(newCents), true)}
      <p className="text-sm text-stone-700">{refundVia && creditCents > 0 ? t(`via.${refundVia}`, { amount: money(creditCents) }) : null}</p>
    </section>
  );
}
