'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { formatCents } from '@/lib/money';
import { PriceOverrideForm } from './price-override-form';
import { unitPriceCents, type SaleLine } from './sale-state';

type Props = {
  lines: readonly SaleLine[];
  totalCents: number;
  errors: Record<string, string>;
  onQuantity: (variantId: string, quantity: number) => void;
  /** Set when this member of staff may change prices (the owner, or staff the owner allows). */
  onOverride?: (variantId: string, override: SaleLine['override']) => void;
};

/** The sale so far: each line with − and + (− on one removes it), "remove", and the total. */
export function SaleLines({ lines, totalCents, errors, onQuantity, onOverride }: Props) {
  const t = useTranslations('storeCounter.lines');
  const locale = useLocale();
  const [editing, setEditing] = useState<string | null>(null);
  if (lines.length === 0) return <p className="text-stone-700">{t('empty')}</p>;
  return (
    <div className="flex flex-col gap-2">
      <ul aria-label={t('title')} className="flex flex-col divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white">
        {lines.map((line) => {
          const name = line.variantLabel ? `${line.name} (${line.variantLabel})` : line.name;
          const error = errors[`line-${line.variantId}`];
          return (
            <li key={line.variantId} className="flex flex-wrap items-center gap-2 p-2">
              <span className="min-w-40 flex-1">
                <span className="font-medium">{name}</span>
                <span className="block text-sm text-stone-700">
                  {line.override ? (
                    <>
                      <s>{formatCents(line.priceCents, locale)}</s> {formatCents(line.override.unitPriceCents, locale)} · {line.override.reason}
                    </>
                  ) : (
                    formatCents(line.priceCents, locale)
                  )}{' '}
                  · {line.sku}
                </span>
                {error ? (
                  <span role="alert" className="block text-sm font-medium text-red-800">
                    {error}
                  </span>
                ) : null}
              </span>
              <span className="flex items-center gap-1">
                <Button variant="secondary" aria-label={t('less', { name })} onClick={() => onQuantity(line.variantId, line.quantity - 1)}>
                  −
                </Button>
                <span aria-label={t('quantity', { name })} className="min-w-8 text-center text-lg tabular-nums">
                  {line.quantity}
                </span>
                <Button variant="secondary" aria-label={t('more', { name })} onClick={() => onQuantity(line.variantId, line.quantity + 1)}>
                  +
                </Button>
              </span>
              <span className="min-w-20 text-right font-semibold tabular-nums">{formatCents(unitPriceCents(line) * line.quantity, locale)}</span>
              {onOverride ? (
                <Button variant="ghost" aria-label={t('changePrice', { name })} onClick={() => setEditing(editing === line.variantId ? null : line.variantId)}>
                  {t('changePriceShort')}
                </Button>
              ) : null}
              <Button variant="ghost" aria-label={t('remove', { name })} onClick={() => onQuantity(line.variantId, 0)}>
                {t('removeShort')}
              </Button>
              {onOverride && editing === line.variantId ? (
                <PriceOverrideForm
                  line={line}
                  onCancel={() => setEditing(null)}
                  onSave={(override) => {
                    onOverride(line.variantId, override);
                    setEditing(null);
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="flex justify-between text-xl font-semibold">
        <span>{t('total')}</span>
        <output aria-label={t('total')} className="tabular-nums">
          {formatCents(totalCents, locale)}
        </output>
      </p>
    </div>
  );
}
