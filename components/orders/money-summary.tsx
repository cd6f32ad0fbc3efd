import { useLocale, useTranslations } from 'next-intl';
import type { VatRow } from '@/lib/checkout/compute-quote';
import { formatCents } from '@/lib/money';
import { formatVatRate } from '@/lib/orders/format-vat-rate';
import { cn } from '@/components/ui/cn';

export type MoneySummaryProps = {
  subtotalCents: number;
  shippingCents: number;
  totalCents: number;
  vatBreakdown: readonly VatRow[];
  /** What the shipping row is called: the fulfilment's name. */
  shippingLabel: string;
  currency?: string;
  className?: string;
};

/** Goods, shipping, total, and the VAT in them per rate. */
export function MoneySummary({ subtotalCents, shippingCents, totalCents, vatBreakdown, shippingLabel, currency = 'EUR', className }: MoneySummaryProps) {
  const t = useTranslations('orders.details');
  const locale = useLocale();
  const money = (cents: number) => formatCents(cents, locale, currency);
  return (
    <div className={className}>
      <dl className="flex flex-col gap-1.5">
        <Row label={t('subtotal')} value={money(subtotalCents)} />
        <Row label={shippingLabel} value={shippingCents === 0 ? t('free') : money(shippingCents)} />
        <Row label={t('total')} value={money(totalCents)} strong />
      </dl>
      <p className="mt-3 text-sm text-stone-700">{t('vatTitle')}</p>
      <dl className="mt-1 flex flex-col gap-0.5 text-sm text-stone-700">
        {vatBreakdown.map((row) => (
          <Row
            key={row.rateBp}
            label={t('vatRow', { rate: formatVatRate(row.rateBp, locale) })}
            value={t('vatAmount', { vat: money(row.vatCents), net: money(row.netCents) })}
          />
        ))}
      </dl>
    </div>
  );
}

function Row({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={cn('flex justify-between gap-4', strong && 'border-t border-stone-200 pt-2 text-lg font-semibold text-stone-900')}>
      <dt>{label}</dt>
      <dd className="text-right tabular-nums">{value}</dd>
    </div>
  );
}
