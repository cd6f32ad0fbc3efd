// Money is integer cents. Decimal input is parsed without floating point
// (19.99 * 100 is 1998.9999999999998 in JavaScript).

export type Cents = number;

/** "19,99", "19.99", "19", "1 234,5" -> cents; null when the text is not an amount. */
export function parseAmountToCents(input: string): Cents | null {
  const text = input.replace(/[\s\u00a0€]/g, '').replace(',', '.');
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const [, minus, euros, fraction = ''] = match;
  const cents = Number(euros) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return minus ? -cents : cents;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** 12990 -> "129,90 €" (fi) or "€129.90" (en). */
export function formatCents(cents: Cents, locale: string, currency = 'EUR'): string {
  const key = `${locale}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale === 'fi' ? 'fi-FI' : 'en-FI', { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  return formatter.format(cents / 100);
}

/** Finnish VAT rates in basis points (2550 = 25.5 %). */
export const VAT_RATES_BP = [2550, 1400, 1000, 0] as const;
export type VatRateBp = (typeof VAT_RATES_BP)[number];

/**
 * The VAT contained in a VAT-inclusive amount, rounded half up to the cent:
 * vat = gross * rate / (10000 + rate).
 */
export function vatIncluded(grossCents: Cents, rateBp: number): Cents {
  const numerator = grossCents * rateBp;
  const denominator = 10_000 + rateBp;
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}
