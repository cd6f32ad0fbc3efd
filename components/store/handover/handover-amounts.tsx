import { useLocale, useTranslations } from 'next-intl';
import { formatCents } from '@/lib/money';

type Props = { addOnsCents: number; dueCents: number; currency: string };

/** With add-ons ticked: their total, the order's balance (if any) and the one amount to take now. */
export function HandoverAmounts({ addOnsCents, dueCents, currency }: Props) {
  const t = useTranslations('storeHandover.handover');
  const locale = useLocale();
  const money = (cents: number) => formatCents(cents, locale, currency);
  return (
    <dl aria-live="polite" className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 rounded-xl bg-stone-100 p-4">
      <dt>{t('addOnsTotal')}</dt>
      <dd className="text-right tabular-nums">{money(addOnsCents)}</dd>
      {dueCents > 0 ? (
        <>
          <dt>{t('orderDue')}</dt>
          <dd className="text-right tabular-nums">{money(dueCents)}</dd>
        </>
      ) : null}
      <dt className="font-semibold text-stone-900">{t('takeNow')}</dt>
      <dd className="text-right font-semibold tabular-nums text-stone-900">{money(dueCents + addOnsCents)}</dd>
    </dl>
  );
}
