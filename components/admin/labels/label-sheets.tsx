import { useTranslations } from 'next-intl';
import type { ShelfLabel as Label } from '@/lib/admin/products/list-shelf-labels';
import { ShelfLabel } from './shelf-label';

/** 3 × 8 labels of 70 × 36 mm fill an A4 sheet (4.5 mm left free at the top and bottom). */
export const LABELS_PER_SHEET = 24;

/**
 * The labels as A4 sheets, each printed on a page of its own (the named page `shelf-labels` in
 * globals.css has no margins: the grid itself is the sheet). On screen the sheets scroll sideways
 * when the window is narrower than A4.
 */
export function LabelSheets({ labels, priceOf }: { labels: Label[]; priceOf: (cents: number) => string }) {
  const t = useTranslations('adminLabels');
  const sheets: Label[][] = [];
  for (let i = 0; i < labels.length; i += LABELS_PER_SHEET) sheets.push(labels.slice(i, i + LABELS_PER_SHEET));
  return (
    // A region that can take focus: a narrow window scrolls it sideways, also from the keyboard.
    <div role="region" aria-label={t('sheets')} tabIndex={0} className="flex flex-col gap-6 overflow-x-auto pb-2 print:block print:overflow-visible print:p-0">
      {sheets.map((sheet, index) => (
        <ul
          key={index}
          aria-label={t('sheet', { number: index + 1, count: sheets.length })}
          className="label-sheet grid h-[297mm] w-[210mm] shrink-0 grid-cols-[repeat(3,70mm)] grid-rows-[repeat(8,36mm)] bg-white py-[4.5mm] shadow print:shadow-none"
        >
          {sheet.map((label) => (
            <ShelfLabel key={label.variantId} label={label} price={priceOf(label.priceCents)} />
          ))}
        </ul>
      ))}
    </div>
  );
}
