import { useTranslations } from 'next-intl';
import type { ShelfLabel as Label } from '@/lib/admin/products/list-shelf-labels';
import { EanBarcode } from './ean-barcode';

/** One 70 × 36 mm shelf label: name (+ variant) at the top, barcode and price at the bottom. */
export function ShelfLabel({ label, price }: { label: Label; price: string }) {
  const t = useTranslations('adminLabels');
  return (
    <li className="flex min-w-0 flex-col justify-between overflow-hidden border border-dashed border-stone-300 bg-white p-[3mm] text-black print:border-stone-200">
      <div className="min-w-0">
        <p className="line-clamp-2 text-[10pt] leading-tight font-semibold">{label.name}</p>
        {label.variantLabel && <p className="truncate text-[8pt] leading-tight">{label.variantLabel}</p>}
      </div>
      <div className="flex items-end justify-between gap-[2mm]">
        {label.ean ? <EanBarcode code={label.ean} className="shrink-0" /> : <p className="text-[7pt] leading-tight">{t('noCode')}</p>}
        <p className="text-[16pt] leading-none font-bold whitespace-nowrap tabular-nums">{price}</p>
      </div>
    </li>
  );
}
