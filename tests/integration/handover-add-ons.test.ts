// Add-ons at the counter: what others bought with these products, on this store's shelf.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { suggestAddOns } from '@/lib/pickups/suggest-add-ons';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createPickupOrder } from './handover-fixtures';
import '../support/test-database';

describe('add-ons to suggest at the hand-over', () => {
  it('suggests the products most often bought together with this order’s, in stock here, leaving out the rest', async () => {
    const here = await createStore();
    const history = await createStore(); // where the earlier orders were picked up
    const product = (nameFi: string, priceCents: number, stockHere: number | null) =>
      createProduct({ nameFi, variants: [{ priceCents, stock: { [history.id]: 10, ...(stockHere === null ? {} : { [here.id]: stockHere }) } }] });
    const coffee = await product('Kahvi', 990, 20);
    const filters = await product('Suodatinpussit', 390, 6);
    const mug = await product('Muki', 1490, 2);
    const grinder = await product('Kahvimylly', 4990, null); // not on this store's shelf
    const kettle = await product('Vedenkeitin', 3990, 3); // every unit held for others
    const thermos = await product('Vanha termos', 2490, 3); // no longer sold
    const cookies = await product('Keksit', 350, 3); // only in a cancelled order with coffee
    const item = (p: { variants: { id: string }[] }) => ({ variantId: p.variants[0].id, quantity: 1 });

    for (const products of [
      [coffee, filters, mug],
      [coffee, filters, mug, grinder],
      [coffee, filters, kettle, thermos],
    ]) {
      await createPickupOrder({ storeId: history.id, items: products.map(item) });
    }
    const cancelled = await createPickupOrder({ storeId: history.id, items: [item(coffee), item(cookies)] });
    await prisma.order.update({ where: { id: cancelled.order.id }, data: { status: 'CANCELLED' } });
    await prisma.product.update({ where: { id: thermos.id }, data: { status: 'ARCHIVED' } });
    await prisma.stockLevel.update({ where: { variantId_storeId: { variantId: kettle.variants[0].id, storeId: here.id } }, data: { reserved: 3 } });

    const { order } = await createPickupOrder({ storeId: here.id, items: [item(coffee)] });
    const addOns = await suggestAddOns({ orderId: order.id, storeId: here.id, limit: 4 });

    expect(addOns).toEqual([
      { productId: filters.id, slug: filters.slug, name: 'Suodatinpussit', priceCents: 390, availableHere: 6, boughtTogether: 3, variants: [{ variantId: filters.variants[0].id, label: null, priceCents: 390, availableHere: 6 }] },
      { productId: mug.id, slug: mug.slug, name: 'Muki', priceCents: 1490, availableHere: 2, boughtTogether: 2, variants: [{ variantId: mug.variants[0].id, label: null, priceCents: 1490, availableHere: 2 }] },
    ]);
    expect((await suggestAddOns({ orderId: order.id, storeId: here.id, limit: 1 })).map((addOn) => addOn.name)).toEqual(['Suodatinpussit']);
  });

  it('leaves out what is already in the order, and names products in the asked language', async () => {
    const here = await createStore();
    const tea = await createProduct({ nameFi: 'Tee', nameEn: 'Tea', stock: { [here.id]: 10 } });
    const honey = await createProduct({ nameFi: 'Hunaja', nameEn: 'Honey', stock: { [here.id]: 10 } });
    const item = (product: { variants: { id: string }[] }) => ({ variantId: product.variants[0].id, quantity: 1 });
    await createPickupOrder({ storeId: here.id, items: [item(tea), item(honey)] });

    const { order: both } = await createPickupOrder({ storeId: here.id, items: [item(tea), item(honey)] });
    expect(await suggestAddOns({ orderId: both.id, storeId: here.id })).toEqual([]);

    const { order: teaOnly } = await createPickupOrder({ storeId: here.id, items: [item(tea)] });
    expect((await suggestAddOns({ orderId: teaOnly.id, storeId: here.id, locale: 'en' })).map((addOn) => addOn.name)).toEqual(['Honey']);
  });

  it('lists the variants staff can tick: only those free here, cheapest first, named by size and colour', async () => {
    const here = await createStore();
    const coffee = await createProduct({ nameFi: 'Kahvi', stock: { [here.id]: 10 } });
    const shirt = await createProduct({
      nameFi: 'Paita',
      variants: [
        { priceCents: 2990, size: 'L', colour: 'Musta', stock: { [here.id]: 2 } },
        { priceCents: 2490, size: 'M', stock: { [here.id]: 1 } },
        { priceCents: 1990, size: 'S', stock: { [here.id]: 0 } }, // none here
      ],
    });
    const item = (variantId: string) => ({ variantId, quantity: 1 });
    await createPickupOrder({ storeId: here.id, items: [item(coffee.variants[0].id), item(shirt.variants[0].id)] });
    const { order } = await createPickupOrder({ storeId: here.id, items: [item(coffee.variants[0].id)] });

    const [addOn] = await suggestAddOns({ orderId: order.id, storeId: here.id });
    expect(addOn).toMatchObject({ name: 'Paita', priceCents: 2490, availableHere: 2 });
    expect(addOn.variants).toEqual([
      { variantId: shirt.variants[1].id, label: 'M', priceCents: 2490, availableHere: 1 },
      { variantId: shirt.variants[0].id, label: 'L / Musta', priceCents: 2990, availableHere: 1 },
    ]);
  });
});
