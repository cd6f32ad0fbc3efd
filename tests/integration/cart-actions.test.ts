import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashToken } from '@/lib/auth/tokens';
import { addToCartAction } from '@/lib/actions/add-to-cart';
import { removeCartItemAction } from '@/lib/actions/remove-cart-item';
import { updateCartItemAction } from '@/lib/actions/update-cart-item';
import { addToCart } from '@/lib/cart/add-to-cart';
import { getCurrentCart } from '@/lib/cart/get-current-cart';
import { prisma } from '@/lib/db';
import { GET as getCartCount } from '@/app/api/cart/count/route';
import { allCartRows, cartLines, newGuestRef } from '../support/factories/carts';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import '../support/test-database';

// The request scope of Next: the browser's cookies, the signed-in user, Finnish messages.
const request = vi.hoisted(() => ({
  cookies: new Map<string, { value: string; options?: Record<string, unknown> }>(),
  user: null as null | { id: string; email: string; name: string | null; role: 'CUSTOMER'; locale: 'fi' },
  refresh: vi.fn(),
}));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)!.value } : undefined),
    set: (name: string, value: string, options?: Record<string, unknown>) => void request.cookies.set(name, { value, options }),
    delete: (name: string) => void request.cookies.delete(name),
  }),
}));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => request.user }));
vi.mock('next/cache', () => ({ refresh: request.refresh }));
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const { loadMessages } = await import('@/i18n/messages');
  const messages = await loadMessages('fi');
  return { getTranslations: async (namespace?: string) => createTranslator({ locale: 'fi', messages, namespace: namespace as never }) };
});

let warehouse: { id: string };

beforeAll(async () => {
  warehouse = await createStore({ kind: 'WAREHOUSE', pickupEnabled: false, returnsEnabled: false });
});

beforeEach(() => {
  request.cookies.clear();
  request.user = null;
  request.refresh.mockClear();
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function variant(priceCents = 1290, stock = 10) {
  return (await createProduct({ variants: [{ priceCents, stock: { [warehouse.id]: stock } }] })).variants[0].id;
}

function cookieToken(): string {
  return request.cookies.get('dj_cart')!.value;
}

describe('the add-to-cart action', () => {
  it("gives a first-time guest a cart and an httpOnly cookie, at the database's price whatever the form says", async () => {
    const variantId = await variant(2490);

    const state = await addToCartAction({ status: 'idle' }, form({ variantId, quantity: '2', priceCents: '1', unitPriceCents: '1' }));

    expect(state).toMatchObject({ status: 'ok', message: 'Lisätty ostoskoriin.', itemCount: 2, quantity: 2 });
    const cookie = request.cookies.get('dj_cart')!;
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' });
    expect(await prisma.cart.count({ where: { token: hashToken(cookie.value), userId: null } })).toBe(1);
    expect(await cartLines({ guestToken: cookie.value })).toMatchObject([{ variantId, quantity: 2, priceCentsAtAdd: 2490 }]);
  });

  it('adds to the same guest cart on the next add (the cookie is kept)', async () => {
    const variantId = await variant();
    await addToCartAction({ status: 'idle' }, form({ variantId }));
    const token = cookieToken();

    const state = await addToCartAction({ status: 'idle' }, form({ variantId, quantity: '3' }));

    expect(state).toMatchObject({ status: 'ok', itemCount: 4 });
    expect(cookieToken()).toBe(token);
  });

  it('refuses zero, negative, fractional, huge or missing quantities with a Finnish message, and changes nothing', async () => {
    const variantId = await variant();
    const before = await allCartRows();
    const cases: Array<[string, string]> = [
      ['0', 'Määrän on oltava vähintään 1. Poista tuote, jos et halua sitä.'],
      ['-1', 'Määrän on oltava vähintään 1. Poista tuote, jos et halua sitä.'],
      ['1.5', 'Määrän on oltava kokonaisluku 1–99.'],
      ['100', 'Yhtä tuotetta voi tilata enintään 99 kpl.'],
      ['99999999999999999999', 'Yhtä tuotetta voi tilata enintään 99 kpl.'],
      ['1e2', 'Määrän on oltava kokonaisluku 1–99.'],
      ['', 'Määrän on oltava kokonaisluku 1–99.'],
      ['kaksi', 'Määrän on oltava kokonaisluku 1–99.'],
    ];
    for (const [quantity, message] of cases) {
      const state = await addToCartAction({ status: 'idle' }, form({ variantId, quantity }));
      expect(state.status, `quantity "${quantity}"`).toBe('error');
      expect(state.fieldErrors?.quantity, `quantity "${quantity}"`).toBe(message);
    }
    expect(request.cookies.size).toBe(0);
    expect(await allCartRows()).toEqual(before);
  });

  it('says when less was added than asked', async () => {
    const variantId = await variant(1000, 2);

    const state = await addToCartAction({ status: 'idle' }, form({ variantId, quantity: '5' }));

    expect(state).toMatchObject({
      status: 'ok',
      quantity: 2,
      limitedBy: 'stock',
      message: 'Saatavilla on vain 2 kpl. Ostoskorissasi on nyt 2 kpl.',
    });
  });

  it('refuses a sold-out product with a message, and sets no cookie', async () => {
    const variantId = await variant(1000, 0);

    const state = await addToCartAction({ status: 'idle' }, form({ variantId }));

    expect(state).toMatchObject({ status: 'error', message: 'Tuote on tällä hetkellä loppu.' });
    expect(request.cookies.size).toBe(0);
  });

  it("puts a signed-in user's add in their own cart, after merging the guest cart still in the cookie", async () => {
    const user = await createUser();
    const [fromGuest, fromUser] = await Promise.all([variant(), variant()]);
    const guest = newGuestRef();
    await addToCart(guest, fromGuest, 1);
    request.cookies.set('dj_cart', { value: guest.guestToken });
    request.user = { id: user.id, email: user.email, name: user.name, role: 'CUSTOMER', locale: 'fi' };

    const state = await addToCartAction({ status: 'idle' }, form({ variantId: fromUser }));

    expect(state).toMatchObject({ status: 'ok', itemCount: 2 });
    expect((await cartLines({ userId: user.id })).map((line) => line.variantId).sort()).toEqual([fromGuest, fromUser].sort());
    expect(request.cookies.has('dj_cart')).toBe(false);
  });
});

describe('the update and remove actions', () => {
  async function guestWithLine(quantity = 2) {
    const guest = newGuestRef();
    const change = await addToCart(guest, await variant(), quantity);
    return { guest, itemId: change.itemId! };
  }

  it('change and remove lines of the cart in the cookie, and refresh the page', async () => {
    const { guest, itemId } = await guestWithLine(2);
    request.cookies.set('dj_cart', { value: guest.guestToken });

    expect(await updateCartItemAction({ status: 'idle' }, form({ itemId, quantity: '4' }))).toMatchObject({
      status: 'ok',
      message: 'Määrä päivitetty.',
      itemCount: 4,
    });
    expect(await removeCartItemAction({ status: 'idle' }, form({ itemId }))).toMatchObject({
      status: 'ok',
      message: 'Tuote poistettu ostoskorista.',
      itemCount: 0,
    });
    expect(await cartLines(guest)).toEqual([]);
    expect(request.refresh).toHaveBeenCalledTimes(2);
  });

  it("cannot reach another person's line: not found, and nothing changes", async () => {
    const victim = await guestWithLine(2);
    const attacker = await guestWithLine(1);
    request.cookies.set('dj_cart', { value: attacker.guest.guestToken });
    const before = await allCartRows();

    const update = await updateCartItemAction({ status: 'idle' }, form({ itemId: victim.itemId, quantity: '9' }));
    const remove = await removeCartItemAction({ status: 'idle' }, form({ itemId: victim.itemId }));

    expect(update).toMatchObject({ status: 'error', message: 'Etsimääsi ei löytynyt.' });
    expect(remove).toMatchObject({ status: 'error', message: 'Etsimääsi ei löytynyt.' });
    expect(await allCartRows()).toEqual(before);
  });

  it('refuse a bad quantity with a message, and change nothing', async () => {
    const { guest, itemId } = await guestWithLine(2);
    request.cookies.set('dj_cart', { value: guest.guestToken });

    const state = await updateCartItemAction({ status: 'idle' }, form({ itemId, quantity: '0' }));

    expect(state.fieldErrors?.quantity).toBe('Määrän on oltava vähintään 1. Poista tuote, jos et halua sitä.');
    expect(await cartLines(guest)).toMatchObject([{ quantity: 2 }]);
  });
});

describe('reading the current cart', () => {
  it("gives the cookie's guest cart, or the signed-in user's, and the badge count without caching", async () => {
    const user = await createUser();
    const variantId = await variant(800);
    const guest = newGuestRef();
    await addToCart(guest, variantId, 3);
    await addToCart({ userId: user.id }, variantId, 1);

    expect(await getCurrentCart('fi')).toBeNull();
    const anonymous = await getCartCount();
    expect(await anonymous.json()).toEqual({ count: 0 });
    expect(anonymous.headers.get('cache-control')).toBe('no-store');

    request.cookies.set('dj_cart', { value: guest.guestToken });
    expect(await getCurrentCart('en')).toMatchObject({ itemCount: 3, subtotalCents: 2400 });
    expect(await (await getCartCount()).json()).toEqual({ count: 3 });

    request.cookies.clear();
    request.user = { id: user.id, email: user.email, name: user.name, role: 'CUSTOMER', locale: 'fi' };
    expect(await getCurrentCart('fi')).toMatchObject({ itemCount: 1 });
    expect(await (await getCartCount()).json()).toEqual({ count: 1 });
  });
});
