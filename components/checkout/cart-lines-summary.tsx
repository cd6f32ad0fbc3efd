import { useLocale, useTranslations } from 'next-intl';
import type { CartLineView } from '@/lib/cart/types';
import { formatCents } from '@/lib/money';

/** The cart's lines as a compact list beside the checkout form. */
export function CartLinesSummary({ items }: { items: readonly CartLineView[] }) {
  const t = useTranslations('checkout.summary');
  const locale = useLocale();
  return (
    <ul className="divide-y divide-stone-200">
      {items.map((item) => (
        <li key={item.id} className="flex justify-between gap-3 py-2.5">
          <div className="min-w-0">
            <p className="font-medium text-stone-900">{item.name}</p>
            <p className="text-sm text-stone-700">
              {[item.variantLabel, t('quantity', { quantity: item.quantity })].filter(Boolean).join(' · ')}
            </p>
          </div>
          <p className="shrink-0 tabular-nums">{formatCents(item.lineTotalCents, locale)}</p>
        </li>
      ))}
    </ul>
  );
}
