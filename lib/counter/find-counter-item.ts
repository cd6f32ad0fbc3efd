import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { normalizeBarcode } from '@/lib/catalog/barcode';
import { prisma } from '@/lib/db';
import { counterVariantSelect, SELLABLE_VARIANT, toCounterItem, type CounterItem } from './counter-item';

export type ScanResult =
  | { kind: 'found'; item: CounterItem }
  /** Digits of a barcode's length whose check digit is wrong: a misread or mistyped code. */
  | { kind: 'badCheckDigit' }
  | { kind: 'unknown' };

/**
 * What a scanned or typed code at the till is: a product barcode (EAN, UPC, ISBN; check digit
 * verified) or a SKU, exactly as written (letters in any case).
 */
export async function findCounterItem(storeId: string, code: string, locale: AppLocale): Promise<ScanResult> {
  const text = code.trim();
  if (!text) return { kind: 'unknown' };
  const select = counterVariantSelect(storeId);
  const ean = normalizeBarcode(text);
  if (ean) {
    const byEan = await prisma.productVariant.findFirst({ where: { ean, ...SELLABLE_VARIANT }, orderBy: { position: 'asc' }, select });
    if (byEan) return { kind: 'found', item: toCounterItem(byEan, locale) };
  }
  const bySku = await prisma.productVariant.findFirst({ where: { sku: { equals: text, mode: 'insensitive' }, ...SELLABLE_VARIANT }, select });
  if (bySku) return { kind: 'found', item: toCounterItem(bySku, locale) };
  if (!ean && looksLikeBarcode(text)) return { kind: 'badCheckDigit' };
  return { kind: 'unknown' };
}

/** Only digits, as long as an EAN-8, UPC-A or EAN-13 (spaces and hyphens aside). */
function looksLikeBarcode(text: string): boolean {
  return /^(\d{8}|\d{12}|\d{13})$/.test(text.replace(/[\s-]/g, ''));
}
