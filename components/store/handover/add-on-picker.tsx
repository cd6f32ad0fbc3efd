'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Card, CardTitle } from '@/components/ui/card';
import { Select } from '@/components/ui/select';
import { formatCents } from '@/lib/money';
import type { AddOn } from '@/lib/pickups/suggest-add-ons';
import type { PickedAddOns } from './picked-add-ons';

type Props = {
  addOns: readonly AddOn[];
  currency: string;
  picked: PickedAddOns;
  onChange: (picked: PickedAddOns) => void;
  /** Why the last press sold nothing (sold out meanwhile ...). */
  error?: string;
};

/**
 * "Also offer": products others bought with these, on the shelf here. Ticking one (a variant
 * and how many, default one) sells it with the hand-over, paid in the same step.
 */
export function AddOnPicker({ addOns, currency, picked, onChange, error }: Props) {
  const t = useTranslations('storeHandover.addOns');
  const locale = useLocale();
  const set = (productId: string, pick: { variantId: string; quantity: number } | null) => {
    const next = { ...picked };
    if (pick) next[productId] = pick;
    else delete next[productId];
    onChange(next);
  };

  return (
    <Card as="section" aria-labelledby="handover-add-ons-title" aria-describedby={error ? 'handover-add-ons-error' : undefined}>
      <CardTitle id="handover-add-ons-title">{t('title')}</CardTitle>
      <p className="mt-1 text-sm text-stone-700">{t('pickIntro')}</p>
      <ul className="mt-3 divide-y divide-stone-200">
        {addOns.map((addOn) => {
          const pick = picked[addOn.productId];
          const variant = addOn.variants.find((candidate) => candidate.variantId === pick?.variantId) ?? addOn.variants[0];
          const checkboxId = `add-on-${addOn.productId}`;
          return (
            <li key={addOn.productId} className="flex flex-col gap-2 py-3">
              <div className="flex items-center justify-between gap-4">
                <label htmlFor={checkboxId} className="flex min-h-11 cursor-pointer items-center gap-3 font-medium text-stone-900">
                  <input
                    id={checkboxId}
                    type="checkbox"
                    className="size-5 accent-brand-700"
                    checked={Boolean(pick)}
                    onChange={(event) => set(addOn.productId, event.target.checked ? { variantId: variant.variantId, quantity: 1 } : null)}
                  />
                  {addOn.name}
                </label>
                <span className="shrink-0 text-right">
                  <span className="block tabular-nums">{formatCents(variant.priceCents, locale, currency)}</span>
                  <span className="block text-sm text-stone-700">{t('inStock', { count: variant.availableHere })}</span>
                </span>
              </div>
              {pick ? (
                <div className="flex flex-wrap items-end gap-3 pl-8">
                  {addOn.variants.length > 1 ? (
                    <label className="flex flex-col gap-1 text-sm font-medium text-stone-900">
                      {t('variant', { name: addOn.name })}
                      <Select value={pick.variantId} onChange={(event) => set(addOn.productId, { variantId: event.target.value, quantity: 1 })}>
                        {addOn.variants.map((option) => (
                          <option key={option.variantId} value={option.variantId}>
                            {`${option.label ?? addOn.name} · ${formatCents(option.priceCents, locale, currency)}`}
                          </option>
                        ))}
                      </Select>
                    </label>
                  ) : null}
                  <label className="flex flex-col gap-1 text-sm font-medium text-stone-900">
                    {t('quantity', { name: addOn.name })}
                    <Select
                      value={pick.quantity}
                      onChange={(event) => set(addOn.productId, { variantId: pick.variantId, quantity: Number(event.target.value) })}
                      className="w-24"
                    >
                      {Array.from({ length: Math.min(variant.availableHere, 99) }, (_, index) => (
                        <option key={index + 1} value={index + 1}>
                          {index + 1}
                        </option>
                      ))}
                    </Select>
                  </label>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {error ? (
        <p id="handover-add-ons-error" role="alert" className="mt-2 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </Card>
  );
}
