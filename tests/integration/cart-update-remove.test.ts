import { beforeAll, describe, expect, it } from 'vitest';
import { addToCart } from '@/lib/cart/add-to-cart';
import { removeCartItem } from '@/lib/cart/remove-cart-item';
import { setCartItemQuantity } from '@/lib/cart/set-cart-item-quantity';
import type { CartRef } from '@/lib/cart/types';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { allCartRows, cartLines, newGuestRef } from '../support/factories/carts';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import '../support/test-database';

let warehouse: { id: string };

beforeAll(async () => {
  warehouse = await createStore({ kind: 'WAREHOUSE', pickupEnabled: false, returnsEnabled: false });
});

async function errorCode(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  return isAppError(error) ? error.code : error;
}

/** A cart with one line of a product that has `stock` units in the warehouse. */
async function cartWithLine(ref: CartRef, quantity = 2, stock = 10) {
  const product = await createProduct({ variants: [{ priceCents: 1500, stock: { [warehouse.id]: stock } }] });
  const change = await addToCart(ref, product.variants[0].id, quantity);
  return { product, itemId: change.itemId! };
}

describe('changing a cart line', () => {
  it('sets the quantity and returns the new unit count of the cart', async () => {
    const guest = newGuestRef();
    const { itemId } = await cartWithLine(guest, 2);
    await cartWithLine(guest, 1);

    const change = await setCartItemQuantity(guest, itemId, 5);

    expect(change).toMatchObject({ itemId, quantity: 5, itemCount: 6, limitedBy: null });
    expect((await cartLines(guest)).map((line) => line.quantity)).toEqual([5, 1]);
  });

  it('caps the quantity at what is available, and says so', async () => {
    const guest = newGuestRef();
    const { itemId } = await cartWithLine(guest, 1, 3);

    const change = await setCartItemQuantity(guest, itemId, 7);

    expect(change).toMatchObject({ quantity: 3, limitedBy: 'stock', available: 3 });
    expect(await cartLines(guest)).toMatchObject([{ quantity: 3 }]);
  });

  it('lowers a line to the quantity left when stock has dropped since it was added', async () => {
    const guest = newGuestRef();
    const { product, itemId } = await cartWithLine(guest, 4, 4);
    await prisma.stockLevel.update({
      where: { variantId_storeId: { variantId: product.variants[0].id, storeId: warehouse.id } },
      data: { onHand: 2 },
    });

    expect(await setCartItemQuantity(guest, itemId, 3)).toMatchObject({ quantity: 2, limitedBy: 'stock' });
    expect(await setCartItemQuantity(guest, itemId, 1)).toMatchObject({ quantity: 1, limitedBy: null });
  });

  it('refuses bad quantities and a line whose product is no longer sold, changing nothing', async () => {
    const guest = newGuestRef();
    const { product, itemId } = await cartWithLine(guest, 2);
    const before = await allCartRows();

    for (const quantity of [0, -3, 2.5, 100, 1e12]) {
      expect(await errorCode(setCartItemQuantity(guest, itemId, quantity)), `quantity ${quantity}`).toBe('VALIDATION');
    }
    await prisma.product.update({ where: { id: product.id }, data: { status: 'ARCHIVED' } });
    expect(await errorCode(setCartItemQuantity(guest, itemId, 1))).toBe('PRODUCT_UNAVAILABLE');
    expect(await allCartRows()).toEqual(before);
  });

  it('removes a line', async () => {
    const guest = newGuestRef();
    const { itemId } = await cartWithLine(guest, 2);
    const other = await cartWithLine(guest, 3);

    const change = await removeCartItem(guest, itemId);

    expect(change.itemCount).toBe(3);
    expect(await cartLines(guest)).toMatchObject([{ id: other.itemId, quantity: 3 }]);
  });
});

describe("another person's cart", () => {
  it('cannot be changed or emptied with its line ids: NOT_FOUND, and nothing changes', async () => {
    const victimUser = await createUser();
    const victims: CartRef[] = [newGuestRef(), { userId: victimUser.id }];
    const attacker = await createUser();
    const attackers: CartRef[] = [newGuestRef(), { userId: attacker.id }];
    await cartWithLine(attackers[0], 1);
    await cartWithLine(attackers[1], 1);

    for (const victim of victims) {
      const { itemId } = await cartWithLine(victim, 2);
      const before = await allCartRows();
      for (const ref of attackers) {
        expect(await errorCode(setCartItemQuantity(ref, itemId, 9))).toBe('NOT_FOUND');
        expect(await errorCode(removeCartItem(ref, itemId))).toBe('NOT_FOUND');
      }
      expect(await allCartRows()).toEqual(before);
    }
  });

  it('is not reached by a guest without a cart, or with ids that are not ids', async () => {
    const owner = newGuestRef();
    const { itemId } = await cartWithLine(owner, 2);
    const before = await allCartRows();

    expect(await errorCode(setCartItemQuantity(newGuestRef(), itemId, 1))).toBe('NOT_FOUND');
    expect(await errorCode(removeCartItem(newGuestRef(), itemId))).toBe('NOT_FOUND');
    expect(await errorCode(removeCartItem(owner, 'not-a-uuid'))).toBe('NOT_FOUND');
    expect(await allCartRows()).toEqual(before);
  });

  it("a user's cart cannot be reached with a guest token made from its stored hash", async () => {
    const user = await createUser();
    const { itemId } = await cartWithLine({ userId: user.id }, 2);
    const stored = await prisma.cart.findUniqueOrThrow({ where: { userId: user.id } });

    expect(await errorCode(removeCartItem({ guestToken: stored.token }, itemId))).toBe('NOT_FOUND');
    expect(await cartLines({ userId: user.id })).toHaveLength(1);
  });
});
