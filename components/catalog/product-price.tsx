import { useLocale, useTranslations } from 'next-intl';
import { formatCents } from '@/lib/money';
import { vatRateText } from '@/lib/catalog/vat-rate';

/** The selected variant's price with "VAT included" and, on sale, the crossed-out was price. */
export function ProductPrice({
  priceCents,
  compareAtCents,
  vatRateBp,
}: {
  priceCents: number;
  compareAtCents: number | null;
  vatRateBp: number;
}) {
  const t = useTranslations('catalog.product');
  const locale = useLocale();
  const onSale = compareAtCents !== null && compareAtCents > priceCents;
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
      <p className={onSale ? 'text-3xl font-bold text-red-800' : 'text-3xl font-bold text-stone-900'}>
        {formatCents(priceCents, locale)}
      </p>
      {onSale ? (
        <p className="text-lg text-stone-700">
          <span className="sr-only">{t('wasPrice', { price: formatCents(compareAtCents, locale) })}</span>
          <del aria-hidden="true">{formatCents(compareAtCents, locale)}</del>
        </p>
      ) : null}
      <p className="w-full text-sm text-stone-700">
        {t('vatIncluded', { rate: vatRateText(vatRateBp, locale) })}
        {onSale ? <> · {t('save', { amount: formatCents(compareAtCents - priceCents, locale) })}</> : null}
      </p>
    </div>
  );
}
