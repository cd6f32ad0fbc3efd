import { parseAmountToCents, VAT_RATES_BP, type VatRateBp } from '@/lib/money';
import type { ProductStatus } from '@/lib/generated/prisma/enums';
import { normalizeBarcode } from '@/lib/catalog/barcode';

// Cell values as Shopify (or a spreadsheet edited in Finland) writes them.

/** The largest price accepted (100,000 €), as in the product editor. */
const MAX_CENTS = 10_000_000;

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: 'priceInvalid' | 'priceNegative' | 'vatInvalid' | 'quantityInvalid' | 'eanInvalid' };

/** "12.90", "12,90", "1 234,50 €" -> cents. */
export function parsePrice(text: string): Parsed<number> {
  const cents = parseAmountToCents(text);
  if (cents === null || cents > MAX_CENTS) return { ok: false, code: 'priceInvalid' };
  if (cents < 0) return { ok: false, code: 'priceNegative' };
  return { ok: true, value: cents };
}

/** "25.5", "25,5 %", "14", "10", "0" -> basis points; other rates (e.g. the old 24 %) are errors. */
export function parseVatRate(text: string): Parsed<VatRateBp> {
  const bp = parseAmountToCents(text.replace('%', ''));
  const rate = VAT_RATES_BP.find((r) => r === bp);
  return rate === undefined ? { ok: false, code: 'vatInvalid' } : { ok: true, value: rate };
}

/** A whole number of units, 0 or more. */
export function parseQuantity(text: string): Parsed<number> {
  if (!/^\d{1,7}$/.test(text.replace(/\s/g, ''))) return { ok: false, code: 'quantityInvalid' };
  return { ok: true, value: Number(text.replace(/\s/g, '')) };
}

/**
 * A barcode as the product editor accepts it (EAN-13, EAN-8, UPC-A, UPC-E, ISBN, with a right
 * check digit), kept as an EAN. Spreadsheets turn long numbers into "3.65275E+11": not a code.
 */
export function parseBarcode(text: string): Parsed<string> {
  const code = normalizeBarcode(text);
  return code === null ? { ok: false, code: 'eanInvalid' } : { ok: true, value: code };
}

const STATUSES: Record<string, ProductStatus> = {
  active: 'ACTIVE',
  draft: 'DRAFT',
  archived: 'ARCHIVED',
  aktiivinen: 'ACTIVE',
  luonnos: 'DRAFT',
  arkistoitu: 'ARCHIVED',
};

export function parseStatus(text: string): ProductStatus | null {
  return STATUSES[text.toLowerCase()] ?? null;
}

/** TRUE/FALSE as Shopify writes them (and yes/no, kyllä/ei, 1/0); null when neither. */
export function parseBoolean(text: string): boolean | null {
  const value = text.toLowerCase();
  if (['true', 'yes', 'kyllä', '1'].includes(value)) return true;
  if (['false', 'no', 'ei', '0'].includes(value)) return false;
  return null;
}

export type OptionKind = 'size' | 'colour' | 'title' | 'other';

/** Which variant field an option fills: Size/Koko -> size, Color/Colour/Väri -> colour. */
export function optionKind(name: string): OptionKind {
  const key = name.trim().toLowerCase();
  if (['size', 'koko', 'storlek', 'storlek'].includes(key)) return 'size';
  if (['color', 'colour', 'väri', 'vari', 'färg'].includes(key)) return 'colour';
  if (key === 'title' || key === '') return 'title';
  return 'other';
}
