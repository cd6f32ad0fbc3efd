import { describe, expect, it } from 'vitest';
import { formatClock, locationLines, pickupTodayStores, soldOutOnline } from '@/lib/catalog/availability-view';
import { LOW_STOCK_THRESHOLD, stockStatus } from '@/lib/catalog/stock-status';
import type { ProductAvailability } from '@/lib/catalog/types';

describe('stockStatus', () => {
  it('says out of stock at zero (and for a negative count)', () => {
    expect(stockStatus(0)).toBe('out');
    expect(stockStatus(-2)).toBe('out');
  });

  it('says only a few left from 1 up to the threshold of 3', () => {
    expect(LOW_STOCK_THRESHOLD).toBe(3);
    expect([1, 2, 3].map(stockStatus)).toEqual(['low', 'low', 'low']);
  });

  it('says in stock above the threshold', () => {
    expect(stockStatus(4)).toBe('in_stock');
    expect(stockStatus(250)).toBe('in_stock');
  });
});

const availability: ProductAvailability = {
  productId: 'p',
  variants: [{ id: 'a', sku: 'A' }, { id: 'b', sku: 'B' }],
  locations: [
    {
      id: 'jkl', slug: 'jyvaskyla', kind: 'STORE', name: 'Pihlajan Puoti Jyväskylä', city: 'Jyväskylä', pickupEnabled: true, pickupReadyAt: 690,
      stock: { a: { status: 'in_stock', pickupToday: true }, b: { status: 'out', pickupToday: false } },
    },
    {
      id: 'tre', slug: 'tampere', kind: 'STORE', name: 'Pihlajan Puoti Tampere', city: 'Tampere', pickupEnabled: true, pickupReadyAt: null,
      stock: { a: { status: 'low', quantity: 2, pickupToday: false }, b: { status: 'out', pickupToday: false } },
    },
    {
      id: 'popup', slug: 'popup', kind: 'STORE', name: 'Pop-up', city: 'Oulu', pickupEnabled: false, pickupReadyAt: null,
      stock: { a: { status: 'out', pickupToday: false }, b: { status: 'in_stock', pickupToday: false } },
    },
    {
      id: 'web', slug: 'verkkovarasto', kind: 'WAREHOUSE', name: 'Verkkovarasto', city: null, pickupEnabled: false, pickupReadyAt: null,
      stock: { a: { status: 'out', pickupToday: false }, b: { status: 'out', pickupToday: false } },
    },
  ],
};

describe('the availability island', () => {
  it('lists every location with the status of the chosen variant', () => {
    expect(locationLines(availability, 'a').map(({ location, stock }) => [location.slug, stock.status, stock.quantity])).toEqual([
      ['jyvaskyla', 'in_stock', undefined],
      ['tampere', 'low', 2],
      ['popup', 'out', undefined],
      ['verkkovarasto', 'out', undefined],
    ]);
  });

  it('offers pickup today only where the store can have that variant ready today', () => {
    expect(pickupTodayStores(availability, 'a').map(({ location, readyAt }) => [location.slug, readyAt])).toEqual([['jyvaskyla', 690]]);
    expect(pickupTodayStores(availability, 'b')).toEqual([]);
  });

  it('calls a variant sold out online when only a store without pickup has it', () => {
    expect(soldOutOnline(availability, 'a')).toBe(false);
    expect(soldOutOnline(availability, 'b')).toBe(true);
  });

  it('writes the ready time the Finnish and the English way', () => {
    expect(formatClock(690, 'fi')).toBe('11.30');
    expect(formatClock(545, 'fi')).toBe('9.05');
    expect(formatClock(545, 'en')).toBe('09:05');
  });
});
