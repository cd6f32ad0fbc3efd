import { beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '@/lib/auth/tokens';
import { addToCart } from '@/lib/cart/add-to-cart';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { allCartRows, cartLines, newGuestRef } from '../support/factories/carts';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import '../support/test-database';

let warehouse: { id: string };
let pickupStore: { id: string };
let noPickupStore: { id: string };

beforeAll(async () => {
  warehouse = await createStore({ kind: 'WAREHOUSE', pickupEnabled: false, returnsEnabled: false });
  pickupStore = await createStore({ pickupEnabled: true });
  noPickupStore = await createStore({ pickupEnabled: false });
});

async function errorCode(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  return isAppError(error) ? error.code : error;
}

describe('adding to the cart', () => {
  it('starts a guest cart that stores only the hash of the cookie token, at the price in the database', async () => {
    const product = await createProduct({ variants: [{ priceCents: 2490, stock: { [warehouse.id]: 10 } }] });
    const guest = newGuestRef();

    const change = await addToCart(guest, product.variants[0].id, 2);

    expect(change).toMatchObject({ quantity: 2, itemCount: 2, limitedBy: null });
    const cart = await prisma.cart.findFirstOrThrow({ where: { token: hashToken(guest.guestToken) } });
    expect(cart.userId).toBeNull();
    expect(await prisma.cart.count({ where: { token: guest.guestToken } })).toBe(0);
    expect(await cartLines(guest)).toMatchObject([{ variantId: product.variants[0].id, quantity: 2, priceCentsAtAdd: 2490 }]);
  });

  it("adds to the same line when the variant is added again, and keeps a signed-in user's cart by user", async () => {
    const user = await createUser();
    const product = await createProduct({ variants: [{ priceCents: 990, stock: { [pickupStore.id]: 10 } }] });
    const variantId = product.variants[0].id;

    await addToCart({ userId: user.id }, variantId, 1);
    const change = await addToCart({ userId: user.id }, variantId, 3);

    expect(change).toMatchObject({ quantity: 4, itemCount: 4, limitedBy: null });
    expect(await prisma.cart.count({ where: { userId: user.id } })).toBe(1);
    expect(await cartLines({ userId: user.id })).toMatchObject([{ variantId, quantity: 4 }]);
  });

  it('caps the line at what the warehouse and the pickup stores have free, and says so', async () => {
    const product = await createProduct({
      variants: [{ stock: { [warehouse.id]: 2, [pickupStore.id]: 3, [noPickupStore.id]: 50 } }],
    });
    const variantId = product.variants[0].id;
    // One unit at the pickup store is held for someone's unpaid order.
    await prisma.stockLevel.update({ where: { variantId_storeId: { variantId, storeId: pickupStore.id } }, data: { reserved: 1 } });
    const guest = newGuestRef();

    const first = await addToCart(guest, variantId, 3);
    const second = await addToCart(guest, variantId, 5);

    expect(first).toMatchObject({ quantity: 3, limitedBy: null, available: 4 });
    expect(second).toMatchObject({ quantity: 4, limitedBy: 'stock', available: 4 });
    expect(await cartLines(guest)).toMatchObject([{ quantity: 4 }]);
  });

  it('caps a line at 99 even with more in stock', async () => {
    const product = await createProduct({ stock: { [warehouse.id]: 500 } });
    const guest = newGuestRef();
    await addToCart(guest, product.variants[0].id, 90);

    const change = await addToCart(guest, product.variants[0].id, 20);

    expect(change).toMatchObject({ quantity: 99, limitedBy: 'maximum' });
  });

  it('refuses a sold-out variant and changes nothing', async () => {
    const soldOut = await createProduct({ variants: [{ stock: { [warehouse.id]: 1, [noPickupStore.id]: 5 } }] });
    await prisma.stockLevel.update({
      where: { variantId_storeId: { variantId: soldOut.variants[0].id, storeId: warehouse.id } },
      data: { reserved: 1 },
    });
    const guest = newGuestRef();
    const before = await allCartRows();

    expect(await errorCode(addToCart(guest, soldOut.variants[0].id, 1))).toBe('OUT_OF_STOCK');
    expect(await allCartRows()).toEqual(before);
  });

  it('refuses products that are not on sale: draft, archived, or an inactive variant', async () => {
    const draft = await createProduct({ status: 'DRAFT', stock: { [warehouse.id]: 5 } });
    const archived = await createProduct({ status: 'ARCHIVED', stock: { [warehouse.id]: 5 } });
    const inactive = await createProduct({ stock: { [warehouse.id]: 5 } });
    await prisma.productVariant.update({ where: { id: inactive.variants[0].id }, data: { active: false } });
    const guest = newGuestRef();

    for (const product of [draft, archived, inactive]) {
      expect(await errorCode(addToCart(guest, product.variants[0].id, 1))).toBe('PRODUCT_UNAVAILABLE');
    }
    expect(await cartLines(guest)).toEqual([]);
  });

  it('answers NOT_FOUND for a variant that does not exist or an id that is not one', async () => {
    const guest = newGuestRef();
    expect(await errorCode(addToCart(guest, '00000000-0000-4000-8000-000000000000', 1))).toBe('NOT_FOUND');
    expect(await errorCode(addToCart(guest, "1' OR '1'='1", 1))).toBe('NOT_FOUND');
  });

  it('refuses zero, negative, fractional and huge quantities, changing nothing', async () => {
    const product = await createProduct({ stock: { [warehouse.id]: 500 } });
    const guest = newGuestRef();
    await addToCart(guest, product.variants[0].id, 1);
    const before = await allCartRows();

    for (const quantity of [0, -1, 1.5, 100, 1e9, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = await addToCart(guest, product.variants[0].id, quantity).catch((e: unknown) => e);
      expect(isAppError(error, 'VALIDATION'), `quantity ${quantity}`).toBe(true);
    }
    expect(await allCartRows()).toEqual(before);
  });

  it('loses no unit when many adds to one cart arrive at once', async () => {
    const product = await createProduct({ stock: { [warehouse.id]: 50 } });
    const guest = newGuestRef();

    await Promise.all(Array.from({ length: 12 }, () => addToCart(guest, product.variants[0].id, 1)));

    expect(await prisma.cart.count({ where: { token: hashToken(guest.guestToken) } })).toBe(1);
    expect(await cartLines(guest)).toMatchObject([{ quantity: 12 }]);
  });
});
