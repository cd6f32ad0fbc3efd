import 'server-only';
import { stringify } from 'csv-stringify/sync';
import { prisma } from '@/lib/db';
import { textToHtml } from './html-to-text';
import { escapeFormula } from './shopify-columns';

/** The columns the export writes: Shopify's, plus "VAT rate" (25.5, 14, 10 or 0). */
export const EXPORT_HEADER = [
  'Handle', 'Title', 'Body (HTML)', 'Vendor', 'Type', 'Tags', 'Published',
  'Option1 Name', 'Option1 Value', 'Option2 Name', 'Option2 Value',
  'Variant SKU', 'Variant Inventory Qty', 'Variant Price', 'Variant Compare At Price', 'Variant Barcode',
  'Image Src', 'Image Position', 'Image Alt Text', 'Status', 'VAT rate',
];

const PAGE = 500;

const euros = (cents: number) => `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
const percent = (bp: number) => String(bp / 100);

/**
 * Every product as Shopify's product CSV, page by page (so 10,000 products never sit in memory
 * at once): one row per variant, images on the variant rows and then on image-only rows.
 * "Variant Inventory Qty" is the on-hand at `storeId`. Importing the file changes nothing.
 */
export async function* exportShopifyCsv(storeId: string): AsyncGenerator<string> {
  yield '\uFEFF' + stringify([EXPORT_HEADER]);
  let cursor: string | undefined;
  for (;;) {
    const products = await prisma.product.findMany({
      take: PAGE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: 'asc' },
      select: {
        id: true, slug: true, nameFi: true, descriptionFi: true, vendor: true, status: true,
        category: { select: { nameFi: true } },
        tags: { select: { tag: { select: { nameFi: true } } } },
        variants: {
          orderBy: [{ position: 'asc' }, { sku: 'asc' }],
          select: { sku: true, size: true, colour: true, priceCents: true, compareAtCents: true, ean: true, vatRateBp: true, stockLevels: { where: { storeId }, select: { onHand: true } } },
        },
        images: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { url: true, altFi: true, position: true } },
      },
    });
    if (products.length === 0) return;
    yield stringify(products.flatMap(productRows).map((row) => row.map(escapeFormula)));
    cursor = products[products.length - 1].id;
  }
}

type ExportProduct = {
  slug: string; nameFi: string; descriptionFi: string; vendor: string | null; status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  category: { nameFi: string } | null;
  tags: { tag: { nameFi: string } }[];
  variants: { sku: string; size: string | null; colour: string | null; priceCents: number; compareAtCents: number | null; ean: string | null; vatRateBp: number; stockLevels: { onHand: number }[] }[];
  images: { url: string; altFi: string; position: number }[];
};

function productRows(product: ExportProduct): string[][] {
  const hasSize = product.variants.some((v) => v.size);
  const hasColour = product.variants.some((v) => v.colour);
  const names = hasSize && hasColour ? ['Size', 'Color'] : hasSize ? ['Size', ''] : hasColour ? ['Color', ''] : ['Title', ''];
  const rows: string[][] = [];
  const count = Math.max(product.variants.length, product.images.length, 1);
  for (let i = 0; i < count; i++) {
    const v = product.variants[i];
    const image = product.images[i];
    const first = i === 0;
    const values = !v ? ['', ''] : hasSize && hasColour ? [v.size ?? '', v.colour ?? ''] : hasSize ? [v.size ?? '', ''] : hasColour ? [v.colour ?? '', ''] : ['Default Title', ''];
    rows.push([
      product.slug,
      first ? product.nameFi : '',
      first ? textToHtml(product.descriptionFi) : '',
      first ? (product.vendor ?? '') : '',
      first ? (product.category?.nameFi ?? '') : '',
      first ? product.tags.map((t) => t.tag.nameFi).join(', ') : '',
      first ? (product.status === 'ACTIVE' ? 'TRUE' : 'FALSE') : '',
      first || v ? names[0] : '',
      values[0],
      (first || v) && names[1] ? names[1] : '',
      values[1],
      v?.sku ?? '',
      v ? String(v.stockLevels[0]?.onHand ?? 0) : '',
      v ? euros(v.priceCents) : '',
      v?.compareAtCents ? euros(v.compareAtCents) : '',
      v?.ean ?? '',
      image?.url ?? '',
      image ? String(image.position + 1) : '',
      image?.altFi ?? '',
      first ? product.status.toLowerCase() : '',
      v ? percent(v.vatRateBp) : '',
    ]);
  }
  return rows;
}
