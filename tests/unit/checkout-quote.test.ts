import { describe, expect, it } from 'vitest';
import { computeQuote, type PricedLine } from '@/lib/checkout/compute-quote';

function line(sku: string, quantity: number, unitPriceCents: number, vatRateBp: number): PricedLine {
  return { variantId: sku, productId: sku, sku, name: sku, variantLabel: null, quantity, unitPriceCents, vatRateBp, finalSale: false };
}

// One line at each Finnish VAT rate: 25.80 € at 14 %, 24.90 € at 25.5 %, 9.90 € at 10 %, 5.00 € at 0 %.
const LINES = [line('coffee', 2, 1290, 1400), line('mug', 1, 2490, 2550), line('book', 1, 990, 1000), line('stamp', 1, 500, 0)];
const RATES = { deliveryCents: 690, parcelLockerCents: 490, freeOverCents: 7000 };

describe('computeQuote', () => {
  it('computes each line’s VAT from its VAT-inclusive total and groups VAT per rate, shipping at 25.5 %', () => {
    const quote = computeQuote(LINES, 'DELIVERY', RATES);

    expect(quote.lines.map((l) => [l.sku, l.lineTotalCents, l.vatCents])).toEqual([
      ['coffee', 2580, 317],
      ['mug', 2490, 506],
      ['book', 990, 90],
      ['stamp', 500, 0],
    ]);
    expect(quote.subtotalCents).toBe(6560);
    expect(quote.shippingCents).toBe(690);
    expect(quote.totalCents).toBe(7250);
    expect(quote.vatBreakdown).toEqual([
      { rateBp: 2550, grossCents: 2490 + 690, vatCents: 506 + 140, netCents: 3180 - 646 },
      { rateBp: 1400, grossCents: 2580, vatCents: 317, netCents: 2263 },
      { rateBp: 1000, grossCents: 990, vatCents: 90, netCents: 900 },
      { rateBp: 0, grossCents: 500, vatCents: 0, netCents: 500 },
    ]);
    expect(quote.vatCents).toBe(646 + 317 + 90);
  });

  it('charges the flat rate of the chosen method, and nothing for pickup', () => {
    expect(computeQuote(LINES, 'DELIVERY', RATES).shippingCents).toBe(690);
    expect(computeQuote(LINES, 'PARCEL_LOCKER', RATES).shippingCents).toBe(490);
    const pickup = computeQuote(LINES, 'PICKUP', RATES);
    expect(pickup.shippingCents).toBe(0);
    expect(pickup.freeShipping).toBe(false);
    expect(pickup.vatBreakdown.map((row) => row.rateBp)).toEqual([2550, 1400, 1000, 0]);
    expect(pickup.vatBreakdown[0].grossCents).toBe(2490);
  });

  it('ships free from the threshold on (goods at or above it), not a cent below', () => {
    const at = computeQuote(LINES, 'DELIVERY', { ...RATES, freeOverCents: 6560 });
    expect(at).toMatchObject({ shippingCents: 0, freeShipping: true, totalCents: 6560 });
    expect(at.vatBreakdown[0]).toEqual({ rateBp: 2550, grossCents: 2490, vatCents: 506, netCents: 1984 });

    const below = computeQuote(LINES, 'PARCEL_LOCKER', { ...RATES, freeOverCents: 6561 });
    expect(below).toMatchObject({ shippingCents: 490, freeShipping: false, totalCents: 7050 });
  });

  it('never ships free when the shop has no threshold', () => {
    expect(computeQuote(LINES, 'DELIVERY', { ...RATES, freeOverCents: null }).shippingCents).toBe(690);
  });

  it('leaves a rate out of the breakdown when nothing is taxed at it', () => {
    const quote = computeQuote([line('mug', 3, 2490, 2550)], 'PICKUP', RATES);
    expect(quote.vatBreakdown).toEqual([{ rateBp: 2550, grossCents: 7470, vatCents: 1518, netCents: 5952 }]);
    expect(quote.vatCents).toBe(1518);
  });
});
