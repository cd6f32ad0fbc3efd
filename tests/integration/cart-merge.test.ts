import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashToken } from '@/lib/auth/tokens';
import { addToCart } from '@/lib/cart/add-to-cart';
import { mergeGuestCart } from '@/lib/cart/merge-guest-cart';
import { prisma } from '@/lib/db';
import { allCartRows, cartLines, newGuestRef } from '../support/factories/carts';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import '../support/test-database';

// The sign-in route's cookies: what the browser sent, and what the response deletes.
const browser = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (browser.cookies.has(name) ? { name, value: browser.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void browser.cookies.set(name, value),
    delete: (name: string) => void browser.cookies.delete(name),
  }),
}));

let warehouse: { id: string };

beforeAll(async () => {
  warehouse = await createStore({ kind: 'WAREHOUSE', pickupEnabled: false, returnsEnabled: false });
});

beforeEach(() => browser.cookies.clear());

async function product(priceCents: number, stock: number) {
  return (await createProduct({ variants: [{ priceCents, stock: { [warehouse.id]: stock } }] })).variants[0].id;
}

describe('merging a guest cart at sign-in', () => {
  it('adds up lines of the same variant, caps them by availability, moves the rest, and deletes the guest cart', async () => {
    const user = await createUser();
    const [shared, scarce, guestOnly, userOnly] = await Promise.all([product(1000, 20), product(2000, 3), product(300, 9), product(400, 9)]);
    await addToCart({ userId: user.id }, shared, 2);
    await addToCart({ userId: user.id }, scarce, 2);
    await addToCart({ userId: user.id }, userOnly, 1);
    const guest = newGuestRef();
    await addToCart(guest, shared, 3);
    await addToCart(guest, scarce, 2);
    await addToCart(guest, guestOnly, 4);
    // The price went up after the user added it: the user's line keeps what they were shown.
    await prisma.productVariant.update({ where: { id: shared }, data: { priceCents: 1200 } });

    expect(await mergeGuestCart(user.id, guest.guestToken)).toBe(3);

    const lines = new Map((await cartLines({ userId: user.id })).map((line) => [line.variantId, line]));
    expect(lines.get(shared)).toMatchObject({ quantity: 5, priceCentsAtAdd: 1000 });
    expect(lines.get(scarce)).toMatchObject({ quantity: 3 });
    expect(lines.get(guestOnly)).toMatchObject({ quantity: 4, priceCentsAtAdd: 300 });
    expect(lines.get(userOnly)).toMatchObject({ quantity: 1 });
    expect(lines.size).toBe(4);
    expect(await prisma.cart.count({ where: { token: hashToken(guest.guestToken) } })).toBe(0);
  });

  it('gives a user without a cart the guest lines', async () => {
    const user = await createUser();
    const variantId = await product(500, 5);
    const guest = newGuestRef();
    await addToCart(guest, variantId, 2);

    await mergeGuestCart(user.id, guest.guestToken);

    expect(await cartLines({ userId: user.id })).toMatchObject([{ variantId, quantity: 2, priceCentsAtAdd: 500 }]);
  });

  it('keeps a line that sold out meanwhile (quantity 1), so the cart can show it as sold out', async () => {
    const user = await createUser();
    const variantId = await product(500, 2);
    const guest = newGuestRef();
    await addToCart(guest, variantId, 2);
    await prisma.stockLevel.update({ where: { variantId_storeId: { variantId, storeId: warehouse.id } }, data: { reserved: 2 } });

    await mergeGuestCart(user.id, guest.guestToken);

    expect(await cartLines({ userId: user.id })).toMatchObject([{ variantId, quantity: 1 }]);
  });

  it('happens once: merging again, or twice at the same time, adds nothing more', async () => {
    const user = await createUser();
    const variantId = await product(500, 50);
    const guest = newGuestRef();
    await addToCart(guest, variantId, 4);

    const results = await Promise.all([mergeGuestCart(user.id, guest.guestToken), mergeGuestCart(user.id, guest.guestToken)]);
    expect(results.sort()).toEqual([0, 1]);
    expect(await mergeGuestCart(user.id, guest.guestToken)).toBe(0);
    expect(await cartLines({ userId: user.id })).toMatchObject([{ quantity: 4 }]);
  });

  it('does nothing with a token that names no guest cart', async () => {
    const user = await createUser();
    const before = await allCartRows();
    expect(await mergeGuestCart(user.id, newGuestRef().guestToken)).toBe(0);
    expect(await allCartRows()).toEqual(before);
  });

  it("runs when next-auth signs someone in: the cookie's cart joins theirs and the cookie is cleared", async () => {
    const { authOptions } = await import('@/lib/auth/options');
    const user = await createUser();
    const variantId = await product(700, 5);
    const guest = newGuestRef();
    await addToCart(guest, variantId, 2);
    browser.cookies.set('dj_cart', guest.guestToken);

    await authOptions.events!.signIn!({ user: { id: user.id, email: user.email }, account: null });

    expect(await cartLines({ userId: user.id })).toMatchObject([{ variantId, quantity: 2 }]);
    expect(browser.cookies.has('dj_cart')).toBe(false);
  });
});
