import type { CsvTable } from '../read-csv-table';
import type { ImportErrorCode, RowError } from '../import-types';
import { htmlToText } from './html-to-text';
import { parseBarcode, parseBoolean, parsePrice, parseQuantity, parseStatus, parseVatRate, optionKind, type OptionKind } from './parse-cells';
import { SHOPIFY_COLUMNS, columnReader, type ShopifyField } from './shopify-columns';
import { isAbsoluteLink, isShopPath } from '@/lib/validation/safe-link';
import type { ShopifyImage, ShopifyProduct, ShopifyVariant } from './shopify-product';

export type ReadShopifyResult = {
  products: ShopifyProduct[];
  errors: RowError[];
  /** What was left out of a row that still imports (an invalid barcode, a compare-at price not above the price). */
  warnings: RowError[];
  /** Data rows in the file (blank rows not counted). */
  rowCount: number;
};

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SKU = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const OPTIONS = [
  ['option1Name', 'option1Value'],
  ['option2Name', 'option2Value'],
  ['option3Name', 'option3Value'],
] as const;

/**
 * Reads the products of a Shopify product CSV and checks what can be checked without the
 * database. A product spans the rows that share its handle; its first row carries the product's
 * fields. A row with errors is left out (a product whose first row has errors: all its rows).
 * What Shopify accepted and a spreadsheet may have mangled (a barcode turned into 3.65275E+11 or
 * with a wrong check digit, a compare-at price at or below the price) is left out of a row that
 * still imports, with a warning; `strict` makes those errors instead.
 * Returns null when the file is not a Shopify product CSV (no Handle and Title columns).
 */
export function readShopifyProducts(table: CsvTable, options: { strict?: boolean } = {}): ReadShopifyResult | null {
  const col = columnReader(table.header, SHOPIFY_COLUMNS);
  if (!col.has('handle') || !col.has('title')) return null;
  const errors: RowError[] = [];
  const warnings: RowError[] = [];
  const error = (row: number, field: ShopifyField | null, code: ImportErrorCode, params?: RowError['params']) =>
    errors.push({ row, column: field ? col.name(field) : null, code, params });
  const warning = (row: number, field: ShopifyField, code: ImportErrorCode, params?: RowError['params']) =>
    warnings.push({ row, column: col.name(field), code, params });

  const groups = new Map<string, { row: number; cells: string[] }[]>();
  for (const line of table.rows) {
    const handle = col.get(line.cells, 'handle').toLowerCase();
    if (!handle) {
      error(line.row, 'handle', 'handleMissing');
      continue;
    }
    const group = groups.get(handle) ?? [];
    group.push(line);
    groups.set(handle, group);
  }

  const products: ShopifyProduct[] = [];
  const skuRows = new Map<string, number>();
  for (const [handle, lines] of groups) {
    const product = readProduct(handle, lines);
    if (product) products.push(product);
  }
  return { products, errors, warnings, rowCount: table.rows.length };

  function readProduct(handle: string, lines: { row: number; cells: string[] }[]): ShopifyProduct | null {
    const [first] = lines;
    const rows = lines.map((l) => l.row);
    const before = errors.length;
    if (!HANDLE.test(handle) || handle.length > 120) error(first.row, 'handle', 'handleInvalid');
    const title = col.get(first.cells, 'title');
    const hasProductRow = title !== '' || isVariantRow(first.cells);
    if (hasProductRow && !title) error(first.row, 'title', 'titleMissing');
    if (title.length > 200) error(first.row, 'title', 'tooLong', { max: 200 });
    const status = readStatus(first);
    if (parseBoolean(col.get(first.cells, 'giftCard')) === true) error(first.row, 'giftCard', 'giftCardUnsupported');
    const description = col.has('body') ? htmlToText(col.get(first.cells, 'body')) : undefined;
    if (description && description.length > 10_000) error(first.row, 'body', 'tooLong', { max: 10_000 });
    const tags = col.has('tags') ? readTags(first) : undefined;
    const vendor = col.has('vendor') ? col.get(first.cells, 'vendor') || null : undefined;
    const type = col.get(first.cells, 'type') || undefined;
    if ((vendor?.length ?? 0) > 200 || (type?.length ?? 0) > 200) error(first.row, vendor && vendor.length > 200 ? 'vendor' : 'type', 'tooLong', { max: 200 });
    if (errors.length > before) {
      for (const line of lines.slice(1)) error(line.row, null, 'productRowInvalid', { row: first.row });
      return null;
    }

    const kinds = OPTIONS.map(([name]) => optionKind(col.get(first.cells, name)));
    const names = OPTIONS.map(([name], i) => col.get(first.cells, name) || `Option${i + 1}`);
    const variants: ShopifyVariant[] = [];
    const images: ShopifyImage[] = [];
    const optionKeys = new Map<string, number>();
    for (const line of lines) {
      if (line !== first || hasProductRow) {
        if (isVariantRow(line.cells)) {
          const variant = readVariant(line, kinds, names);
          if (variant) {
            const key = `${variant.size ?? ''}\u0000${variant.colour ?? ''}`;
            const earlier = optionKeys.get(key);
            if (earlier !== undefined) error(line.row, null, 'variantRepeated', { row: earlier });
            else {
              optionKeys.set(key, line.row);
              variants.push(variant);
            }
          }
        }
      }
      readImage(line, images);
    }
    return {
      handle,
      firstRow: first.row,
      rows,
      hasProductRow,
      title,
      description,
      vendor,
      type,
      tags,
      status,
      variants,
      images,
    };
  }

  function isVariantRow(cells: readonly string[]): boolean {
    const fields: ShopifyField[] = ['option1Value', 'option2Value', 'option3Value', 'sku', 'price'];
    return fields.some((field) => col.get(cells, field) !== '');
  }

  function readStatus(line: { row: number; cells: string[] }) {
    const statusText = col.get(line.cells, 'status');
    if (statusText) {
      const status = parseStatus(statusText);
      if (!status) error(line.row, 'status', 'statusInvalid', { value: statusText });
      return status ?? undefined;
    }
    const publishedText = col.get(line.cells, 'published');
    if (!publishedText) return undefined;
    const published = parseBoolean(publishedText);
    if (published === null) error(line.row, 'published', 'publishedInvalid', { value: publishedText });
    return published ? 'ACTIVE' : 'DRAFT';
  }

  function readTags(line: { row: number; cells: string[] }): string[] {
    const seen = new Set<string>();
    const tags = col
      .get(line.cells, 'tags')
      .split(',')
      .map((tag) => tag.trim().replace(/\s+/g, ' '))
      .filter((tag) => tag && !seen.has(tag.toLocaleLowerCase('fi')) && seen.add(tag.toLocaleLowerCase('fi')));
    if (tags.length > 20 || tags.some((tag) => tag.length > 40 || !/[\p{L}\p{N}]/u.test(tag))) error(line.row, 'tags', 'tagsInvalid');
    return tags;
  }

  function readVariant(line: { row: number; cells: string[] }, kinds: OptionKind[], names: string[]): ShopifyVariant | null {
    const before = errors.length;
    let size: string | null = null;
    let colour: string | null = null;
    OPTIONS.forEach(([, valueField], i) => {
      const value = col.get(line.cells, valueField);
      if (!value || (kinds[i] === 'title' && value === 'Default Title')) return;
      if (value.length > 40) error(line.row, valueField, 'tooLong', { max: 40 });
      else if (kinds[i] === 'size' && size === null) size = value;
      else if (kinds[i] === 'colour' && colour === null) colour = value;
      else error(line.row, valueField, 'optionUnsupported', { name: names[i] });
    });

    const skuText = col.get(line.cells, 'sku');
    if (skuText && (skuText.length > 64 || !SKU.test(skuText))) error(line.row, 'sku', 'skuInvalid');
    else if (skuText) {
      const key = skuText.toUpperCase();
      const earlier = skuRows.get(key);
      if (earlier !== undefined) error(line.row, 'sku', 'skuRepeated', { row: earlier });
      else skuRows.set(key, line.row);
    }

    const priceText = col.get(line.cells, 'price');
    const price = priceText ? parsePrice(priceText) : null;
    if (!price) error(line.row, 'price', 'priceMissing');
    else if (!price.ok) error(line.row, 'price', price.code);

    const compareText = col.get(line.cells, 'compareAt');
    const compare = compareText ? parsePrice(compareText) : null;
    if (compare && !compare.ok) error(line.row, 'compareAt', 'compareAtInvalid');
    let compareAtCents = compare?.ok && compare.value > 0 ? compare.value : null;
    if (compareAtCents !== null && price?.ok && compareAtCents <= price.value) {
      if (options.strict) error(line.row, 'compareAt', 'compareAtNotAbovePrice');
      else warning(line.row, 'compareAt', 'compareAtDropped', { value: compareText });
      compareAtCents = null;
    }

    const vatText = col.get(line.cells, 'vat');
    const vat = vatText ? parseVatRate(vatText) : null;
    if (vat && !vat.ok) error(line.row, 'vat', 'vatInvalid', { value: vatText });

    const barcodeText = col.get(line.cells, 'barcode');
    const barcode = barcodeText ? parseBarcode(barcodeText) : null;
    if (barcode && !barcode.ok) {
      if (options.strict) error(line.row, 'barcode', 'eanInvalid');
      else warning(line.row, 'barcode', 'barcodeDropped', { value: barcodeText });
    }

    const quantityText = col.get(line.cells, 'inventoryQty');
    const quantity = quantityText ? parseQuantity(quantityText) : null;
    if (quantity && !quantity.ok) error(line.row, 'inventoryQty', 'quantityInvalid');

    if (errors.length > before || !price?.ok) return null;
    return {
      row: line.row,
      sku: skuText || null,
      size,
      colour,
      priceCents: price.value,
      compareAtCents,
      vatRateBp: vat?.ok ? vat.value : undefined,
      ean: col.has('barcode') ? (barcode?.ok ? barcode.value : null) : undefined,
      quantity: quantity?.ok ? quantity.value : undefined,
    };
  }

  function readImage(line: { row: number; cells: string[] }, images: ShopifyImage[]) {
    for (const field of ['imageSrc', 'variantImage'] as const) {
      const url = col.get(line.cells, field);
      if (!url || images.some((image) => image.url === url)) continue;
      if (!(isShopPath(url) || isAbsoluteLink(url, ['http', 'https'])) || url.length > 1000) {
        error(line.row, field, 'imageUrlInvalid');
        continue;
      }
      const positionText = field === 'imageSrc' ? col.get(line.cells, 'imagePosition') : '';
      const position = /^\d{1,4}$/.test(positionText) && Number(positionText) > 0 ? Number(positionText) - 1 : undefined;
      const alt = field === 'imageSrc' ? col.get(line.cells, 'imageAlt') || undefined : undefined;
      if (alt && alt.length > 300) {
        error(line.row, 'imageAlt', 'tooLong', { max: 300 });
        continue;
      }
      images.push({ row: line.row, url, position, alt });
    }
  }
}
