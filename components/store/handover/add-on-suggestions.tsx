import { useLocale, useTranslations } from 'next-intl';
import { Card, CardTitle } from '@/components/ui/card';
import { formatCents } from '@/lib/money';
import type { AddOn } from '@/lib/pickups/suggest-add-ons';

/** "Also offer": products others bought with these, on the shelf at this store. */
export function AddOnSuggestions({ addOns, currency }: { addOns: readonly AddOn[]; currency: string }) {
  const t = useTranslations('storeHandover.addOns');
  const locale = useLocale();
  return (
    <Card as="aside" aria-labelledby="handover-add-ons-title">
      <CardTitle id="handover-add-ons-title">{t('title')}</CardTitle>
      <p className="mt-1 text-sm text-stone-700">{t('intro')}</p>
      <ul className="mt-3 divide-y divide-stone-200">
        {addOns.map((addOn) => (
          <li key={addOn.productId} className="flex items-baseline justify-between gap-4 py-2">
            <span className="font-medium text-stone-900">{addOn.name}</span>
            <span className="shrink-0 text-right">
              <span className="block tabular-nums">{formatCents(addOn.priceCents, locale, currency)}</span>
              <span className="block text-sm text-stone-700">{t('inStock', { count: addOn.availableHere })}</span>
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
