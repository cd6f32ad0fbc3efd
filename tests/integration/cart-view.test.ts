import { beforeAll, describe, expect, it } from 'vitest';
import { addToCart } from '@/lib/cart/add-to-cart';
import { countCartItems } from '@/lib/cart/count-cart-items';
import { getCart } from '@/lib/cart/get-cart';
import { prisma } from '@/lib/db';
import { newGuestRef } from '../support/factories/carts';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import '../support/test-database';

let warehouse: { id: string };

beforeAll(async () => {
  warehouse = await createStore({ kind: 'WAREHOUSE', pickupEnabled: false, returnsEnabled: false });
});

describe('the cart as the shopper sees it', () => {
  it('has names, variant, picture and prices in the shopper language, and totals in cents', async () => {
    const product = await createProduct({
      nameFi: 'Villasukat',
      nameEn: 'Wool socks',
      variants: [{ priceCents: 1990, vatRateBp: 2550, size: '39–42', colour: 'Harmaa', stock: { [warehouse.id]: 8 } }],
      images: { create: [{ url: '/demo/products/socks.svg', altFi: 'Harmaat villasukat', altEn: 'Grey wool socks' }] },
    });
    const plain = await createProduct({ nameFi: 'Kahvi', nameEn: 'Coffee', variants: [{ priceCents: 1045, vatRateBp: 1400, stock: { [warehouse.id]: 5 } }] });
    const guest = newGuestRef();
    await addToCart(guest, product.variants[0].id, 3);
    await addToCart(guest, plain.variants[0].id, 1);

    const fi = await getCart(guest, 'fi');
    const en = await getCart(guest, 'en');

    expect(fi).toMatchObject({ itemCount: 4, subtotalCents: 3 * 1990 + 1045 });
    expect(fi!.items[0]).toMatchObject({
      productSlug: product.slug,
      name: 'Villasukat',
      variantLabel: '39–42 / Harmaa',
      sku: product.variants[0].sku,
      imageUrl: '/demo/products/socks.svg',
      imageAlt: 'Harmaat villasukat',
      quantity: 3,
      unitPriceCents: 1990,
      priceCentsAtAdd: 1990,
      priceChanged: false,
      vatRateBp: 2550,
      available: 8,
      purchasable: true,
      lineTotalCents: 5970,
    });
    expect(fi!.items[1]).toMatchObject({ name: 'Kahvi', variantLabel: null, imageUrl: null, imageAlt: 'Kahvi', vatRateBp: 1400 });
    expect(en!.items.map((item) => [item.name, item.imageAlt])).toEqual([
      ['Wool socks', 'Grey wool socks'],
      ['Coffee', 'Coffee'],
    ]);
    expect(await countCartItems(guest)).toBe(4);
  });

  it('tells when the price has changed since adding, and totals at the new price', async () => {
    const product = await createProduct({ variants: [{ priceCents: 2000, stock: { [warehouse.id]: 5 } }] });
    const guest = newGuestRef();
    await addToCart(guest, product.variants[0].id, 2);
    await prisma.productVariant.update({ where: { id: product.variants[0].id }, data: { priceCents: 1600 } });

    const cart = await getCart(guest, 'fi');

    expect(cart!.items[0]).toMatchObject({ priceCentsAtAdd: 2000, unitPriceCents: 1600, priceChanged: true, lineTotalCents: 3200 });
    expect(cart!.subtotalCents).toBe(3200);
  });

  it('tells how many are left when stock dropped below the quantity', async () => {
    const product = await createProduct({ stock: { [warehouse.id]: 5 } });
    const guest = newGuestRef();
    await addToCart(guest, product.variants[0].id, 4);
    await prisma.stockLevel.update({
      where: { variantId_storeId: { variantId: product.variants[0].id, storeId: warehouse.id } },
      data: { reserved: 3 },
    });

    expect((await getCart(guest, 'fi'))!.items[0]).toMatchObject({ quantity: 4, available: 2, purchasable: true });
  });

  it('shows lines no longer on sale as not purchasable, outside the subtotal', async () => {
    const kept = await createProduct({ variants: [{ priceCents: 500, stock: { [warehouse.id]: 5 } }] });
    const archived = await createProduct({ variants: [{ priceCents: 700, stock: { [warehouse.id]: 5 } }] });
    const deactivated = await createProduct({ variants: [{ priceCents: 900, stock: { [warehouse.id]: 5 } }] });
    const guest = newGuestRef();
    for (const product of [kept, archived, deactivated]) await addToCart(guest, product.variants[0].id, 1);
    await prisma.product.update({ where: { id: archived.id }, data: { status: 'ARCHIVED' } });
    await prisma.productVariant.update({ where: { id: deactivated.variants[0].id }, data: { active: false } });

    const cart = await getCart(guest, 'fi');

    expect(cart!.items.map((item) => item.purchasable)).toEqual([true, false, false]);
    expect(cart!.subtotalCents).toBe(500);
    expect(cart!.itemCount).toBe(3);
  });

  it('is null for a visitor without a cart', async () => {
    expect(await getCart(newGuestRef(), 'fi')).toBeNull();
    expect(await countCartItems(newGuestRef())).toBe(0);
  });
});
