import { vatIncluded } from '@/lib/money';

// The money of an order, from prices read on the server. Prices include VAT; VAT is computed per
// line (each line keeps its own) and shipping carries the general rate.

export type FulfilmentType = 'DELIVERY' | 'PARCEL_LOCKER' | 'PICKUP';
export type ShippingRates = { deliveryCents: number; parcelLockerCents: number; freeOverCents: number | null };

/** Shipping is taxed at the general rate, 25.5 %. */
export const SHIPPING_VAT_RATE_BP = 2550;

export type PricedLine = {
  variantId: string;
  productId: string;
  sku: string;
  name: string;
  variantLabel: string | null;
  quantity: number;
  unitPriceCents: number;
  vatRateBp: number;
  finalSale: boolean;
};

export type QuoteLine = PricedLine & { lineTotalCents: number; vatCents: number };

/** Goods and shipping taxed at one rate: gross (VAT included), the VAT in it, and net. */
export type VatRow = { rateBp: number; grossCents: number; vatCents: number; netCents: number };

export type Quote = {
  fulfilment: FulfilmentType;
  lines: QuoteLine[];
  /** The goods, VAT included. */
  subtotalCents: number;
  shippingCents: number;
  /** True when shipping would cost something but the goods reach the free-shipping threshold. */
  freeShipping: boolean;
  freeOverCents: number | null;
  /** All VAT in the total (lines + shipping). */
  vatCents: number;
  totalCents: number;
  /** Highest rate first. */
  vatBreakdown: VatRow[];
};

export function computeQuote(lines: readonly PricedLine[], fulfilment: FulfilmentType, rates: ShippingRates): Quote {
  const quoteLines = lines.map((line) => {
    const lineTotalCents = line.unitPriceCents * line.quantity;
    return { ...line, lineTotalCents, vatCents: vatIncluded(lineTotalCents, line.vatRateBp) };
  });
  const subtotalCents = sum(quoteLines.map((line) => line.lineTotalCents));
  const flatRate = fulfilment === 'DELIVERY' ? rates.deliveryCents : fulfilment === 'PARCEL_LOCKER' ? rates.parcelLockerCents : 0;
  const freeShipping = flatRate > 0 && rates.freeOverCents !== null && subtotalCents >= rates.freeOverCents;
  const shippingCents = freeShipping ? 0 : flatRate;
  const shippingVatCents = vatIncluded(shippingCents, SHIPPING_VAT_RATE_BP);
  const vatBreakdown = breakdown([
    ...quoteLines.map((line) => ({ rateBp: line.vatRateBp, grossCents: line.lineTotalCents, vatCents: line.vatCents })),
    { rateBp: SHIPPING_VAT_RATE_BP, grossCents: shippingCents, vatCents: shippingVatCents },
  ]);
  const totalCents = subtotalCents + shippingCents;
  if (!Number.isSafeInteger(totalCents)) throw new RangeError('Order total out of range');
  return {
    fulfilment,
    lines: quoteLines,
    subtotalCents,
    shippingCents,
    freeShipping,
    freeOverCents: rates.freeOverCents,
    vatCents: sum(vatBreakdown.map((row) => row.vatCents)),
    totalCents,
    vatBreakdown,
  };
}

/** Amounts grouped by VAT rate (rows with nothing in them are left out), highest rate first. */
export function breakdown(parts: readonly { rateBp: number; grossCents: number; vatCents: number }[]): VatRow[] {
  const rows = new Map<number, VatRow>();
  for (const part of parts) {
    if (part.grossCents === 0) continue;
    const row = rows.get(part.rateBp) ?? { rateBp: part.rateBp, grossCents: 0, vatCents: 0, netCents: 0 };
    row.grossCents += part.grossCents;
    row.vatCents += part.vatCents;
    row.netCents = row.grossCents - row.vatCents;
    rows.set(part.rateBp, row);
  }
  return [...rows.values()].sort((a, b) => b.rateBp - a.rateBp);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
