import '../support/test-database';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { GET as availabilityRoute } from '@/app/api/products/[slug]/availability/route';
import { getProductAvailability } from '@/lib/catalog/get-product-availability';
import { getSellableStock } from '@/lib/catalog/get-sellable-stock';
import type { ProductAvailability } from '@/lib/catalog/types';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';

const hm = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3));

let jyvaskyla: { id: string };
let tampere: { id: string };
let warehouse: { id: string };
let product: Awaited<ReturnType<typeof createProduct>>;

async function openEveryDay(storeId: string, opens: string, closes: string) {
  await prisma.storeOpeningHours.createMany({
    data: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ storeId, weekday, opensAt: hm(opens), closesAt: hm(closes) })),
  });
}

beforeAll(async () => {
  jyvaskyla = await createStore({ slug: 'jkl', name: 'Pihlajan Puoti Jyväskylä', city: 'Jyväskylä', position: 1, preparationMinutes: 60 });
  tampere = await createStore({ slug: 'tre', name: 'Pihlajan Puoti Tampere', city: 'Tampere', position: 2, preparationMinutes: 90 });
  warehouse = await createStore({ slug: 'web', name: 'Verkkovarasto', kind: 'WAREHOUSE', pickupEnabled: false, returnsEnabled: false, position: 3 });
  await openEveryDay(jyvaskyla.id, '10:00', '19:00');
  await openEveryDay(tampere.id, '10:00', '20:00');
  await openEveryDay(warehouse.id, '08:00', '16:00');
  // Variant A: plenty in Jyväskylä, 2 in Tampere, none online. Variant B: only in the warehouse.
  product = await createProduct({
    slug: 'villasukat',
    variants: [
      { size: '36–38', stock: { [jyvaskyla.id]: 12, [tampere.id]: 2, [warehouse.id]: 0 } },
      { size: '39–41', stock: { [warehouse.id]: 40 } },
    ],
  });
});

const [a, b] = [0, 1];
const statusLine = (availability: ProductAvailability, variant: number) =>
  availability.locations.map((l) => {
    const stock = l.stock[product.variants[variant].id];
    return `${l.slug}:${stock.status}${stock.quantity ? `(${stock.quantity})` : ''}${stock.pickupToday ? ':today' : ''}`;
  });

// Monday 7 December 2026 at 12:00 in Helsinki (10:00 UTC).
const mondayNoon = new Date('2026-12-07T10:00:00Z');

describe('product availability per store', () => {
  it('tells in stock, only N left and out of stock per store, stores first and the warehouse last', async () => {
    const availability = (await getProductAvailability({ slug: 'villasukat', now: mondayNoon }))!;
    expect(availability.productId).toBe(product.id);
    expect(statusLine(availability, a)).toEqual(['jkl:in_stock:today', 'tre:low(2):today', 'web:out']);
    expect(statusLine(availability, b)).toEqual(['jkl:out', 'tre:out', 'web:in_stock']);
    expect(availability.locations.map((l) => l.pickupReadyAt)).toEqual([hm('13:00'), hm('13:30'), null]);
  });

  it('does not count reserved units, and never tells how many there are when there are plenty', async () => {
    const where = { variantId_storeId: { variantId: product.variants[a].id, storeId: tampere.id } };
    await prisma.stockLevel.update({ where, data: { reserved: 2 } });
    try {
      const availability = (await getProductAvailability({ slug: 'villasukat', now: mondayNoon }))!;
      expect(statusLine(availability, a)).toEqual(['jkl:in_stock:today', 'tre:out', 'web:out']);
      expect(availability.locations[0].stock[product.variants[a].id]).toEqual({ status: 'in_stock', pickupToday: true });
    } finally {
      await prisma.stockLevel.update({ where, data: { reserved: 0 } });
    }
  });

  it('offers pickup today only while there is time to prepare it before closing', async () => {
    // 18:15: Jyväskylä (closes 19, 60 min) is too late, Tampere (closes 20, 90 min) still makes it.
    const evening = (await getProductAvailability({ slug: 'villasukat', now: new Date('2026-12-07T16:15:00Z') }))!;
    expect(statusLine(evening, a)).toEqual(['jkl:in_stock', 'tre:low(2):today', 'web:out']);
    expect(evening.locations[1].pickupReadyAt).toBe(hm('19:45'));
    // 20:30: both closed.
    const night = (await getProductAvailability({ slug: 'villasukat', now: new Date('2026-12-07T18:30:00Z') }))!;
    expect(night.locations.every((l) => l.pickupReadyAt === null)).toBe(true);
    // 07:00: ready an hour after opening.
    const morning = (await getProductAvailability({ slug: 'villasukat', now: new Date('2026-12-07T05:00:00Z') }))!;
    expect(morning.locations[0].pickupReadyAt).toBe(hm('11:00'));
  });

  it('follows the store’s exceptions: closed on a holiday, short hours on another day', async () => {
    await prisma.storeOpeningException.createMany({
      data: [
        { storeId: jyvaskyla.id, date: new Date('2026-12-06T00:00:00Z'), closed: true },
        { storeId: tampere.id, date: new Date('2026-12-24T00:00:00Z'), opensAt: hm('09:00'), closesAt: hm('12:00') },
      ],
    });
    // Sunday 6 December (Independence Day) at 13:00: Jyväskylä is closed, Tampere is open.
    const holiday = (await getProductAvailability({ slug: 'villasukat', now: new Date('2026-12-06T11:00:00Z') }))!;
    expect(statusLine(holiday, a)).toEqual(['jkl:in_stock', 'tre:low(2):today', 'web:out']);
    // Christmas Eve at 10:00: Tampere closes at 12, 90 minutes is enough; at 10:45 it is not.
    expect((await getProductAvailability({ slug: 'villasukat', now: new Date('2026-12-24T08:00:00Z') }))!.locations[1].pickupReadyAt).toBe(hm('11:30'));
    expect((await getProductAvailability({ slug: 'villasukat', now: new Date('2026-12-24T08:45:00Z') }))!.locations[1].pickupReadyAt).toBeNull();
  });

  it('offers no pickup at a store that has it switched off', async () => {
    await prisma.store.update({ where: { id: tampere.id }, data: { pickupEnabled: false } });
    try {
      const availability = (await getProductAvailability({ slug: 'villasukat', now: mondayNoon }))!;
      expect(statusLine(availability, a)).toEqual(['jkl:in_stock:today', 'tre:low(2)', 'web:out']);
      expect(availability.locations[1]).toMatchObject({ pickupEnabled: false, pickupReadyAt: null });
    } finally {
      await prisma.store.update({ where: { id: tampere.id }, data: { pickupEnabled: true } });
    }
  });

  it('is null for a product that is not for sale', async () => {
    await createProduct({ slug: 'luonnos-sukat', status: 'DRAFT', stock: { [jyvaskyla.id]: 5 } });
    expect(await getProductAvailability({ slug: 'luonnos-sukat', now: mondayNoon })).toBeNull();
    expect(await getProductAvailability({ slug: 'ei-ole', now: mondayNoon })).toBeNull();
  });
});

describe('GET /api/products/[slug]/availability', () => {
  const call = (slug: string) => availabilityRoute(new Request(`http://shop.test/api/products/${slug}/availability`), { params: Promise.resolve({ slug }) });

  it('answers JSON that browsers may reuse for five seconds', async () => {
    const response = await call('villasukat');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=5');
    const body = (await response.json()) as ProductAvailability;
    // A product page rendered before a change finds its variants' current ids by SKU.
    expect(body.variants).toEqual(product.variants.map((v) => ({ id: v.id, sku: v.sku })));
    expect(body.locations.map((l) => [l.slug, l.kind, l.stock[product.variants[a].id].status])).toEqual([
      ['jkl', 'STORE', 'in_stock'],
      ['tre', 'STORE', 'low'],
      ['web', 'WAREHOUSE', 'out'],
    ]);
  });

  it('answers 404 for an unknown or draft product', async () => {
    expect((await call('ei-ole')).status).toBe(404);
    expect((await call('luonnos-sukat')).status).toBe(404);
  });
});

describe('getSellableStock', () => {
  it('sums what the warehouse and the pickup stores have, less reservations', async () => {
    const popUp = await createStore({ slug: 'popup', pickupEnabled: false, returnsEnabled: false });
    const other = await createProduct({
      variants: [{ stock: { [jyvaskyla.id]: 3, [warehouse.id]: 4, [popUp.id]: 50 } }, { stock: { [popUp.id]: 7 } }],
    });
    await prisma.stockLevel.update({
      where: { variantId_storeId: { variantId: other.variants[0].id, storeId: warehouse.id } },
      data: { reserved: 1 },
    });
    expect(await getSellableStock(other.id)).toEqual({ [other.variants[0].id]: 6, [other.variants[1].id]: 0 });
  });
});
