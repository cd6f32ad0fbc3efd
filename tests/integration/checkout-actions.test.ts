// The checkout and order lookup forms' server actions, with the request around them (session,
// cart cookie, locale, redirects) replaced by stand-ins; the database is real, and card payments
// go through the real Stripe SDK to the fake Stripe (tests/support/fake-stripe.ts).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { lookupOrderAction } from '@/lib/actions/lookup-order';
import { placeOrderAction } from '@/lib/actions/place-order';
import { prisma } from '@/lib/db';
import { createProduct } from '../support/factories/catalog';
import { createCart, enableCardPayments } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import type { FakeStripe } from '../support/fake-stripe';
import '../support/test-database';
import { startPaymentsFake } from './payments-fixtures';

const request = vi.hoisted(() => {
  class Redirected extends Error {
    constructor(readonly to: string) {
      super(`redirect to ${to}`);
    }
  }
  return {
    Redirected,
    userId: null as string | null,
    guestToken: null as string | null,
    revalidated: [] as string[][],
  };
});

vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const { loadMessages } = await import('@/i18n/messages');
  const messages = await loadMessages('fi');
  return {
    getLocale: async () => 'fi',
    getTranslations: async (namespace?: string) => createTranslator({ locale: 'fi', messages, namespace: namespace as never }),
  };
});
vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => (request.userId ? { id: request.userId } : null) }));
vi.mock('@/lib/cart/cart-cookie', () => ({ readCartToken: async () => request.guestToken }));
vi.mock('@/lib/jobs/send-outbox-soon', () => ({ sendOutboxSoon: async () => {} }));
vi.mock('@/i18n/navigation', () => ({
  redirect: ({ href }: { href: string }) => {
    throw new request.Redirected(href);
  },
  getPathname: ({ href, locale }: { href: string; locale: string }) => (locale === 'fi' ? href : `/${locale}${href}`),
}));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new request.Redirected(url);
  },
}));
vi.mock('@/lib/catalog/revalidate-catalog', () => ({
  revalidateProducts: async (ids: string[]) => {
    request.revalidated.push(ids);
  },
}));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': '192.0.2.44' }) }));

let storeId: string;
let fake: FakeStripe;
beforeAll(async () => {
  storeId = (await createStore()).id;
  fake = await startPaymentsFake();
});

afterAll(async () => {
  await fake.settled();
  await fake.stop();
});

afterEach(() => {
  vi.unstubAllEnvs();
});

beforeEach(() => {
  request.userId = null;
  request.guestToken = null;
  request.revalidated = [];
});

/** A guest with a cart of this product, and its cookie. */
async function guestWithCart(variantId: string, quantity = 1) {
  const { cartId, actor } = await createCart({ items: [{ variantId, quantity, priceCentsAtAdd: 1 }] });
  request.guestToken = actor.guestCartToken;
  return cartId;
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

/** The action's result: the form state it returned, and where it sends the browser next. */
async function submit(action: typeof placeOrderAction, fields: Record<string, string>) {
  try {
    const state = await action({ status: 'idle' }, form(fields));
    return { state, redirectedTo: state.redirectTo ?? null };
  } catch (error) {
    if (error instanceof request.Redirected) return { state: null, redirectedTo: error.to };
    throw error;
  }
}

const PICKUP_FORM = { email: 'vieras@example.com', name: 'Vieras Ostaja', fulfilment: 'PICKUP', payment: 'PAY_AT_PICKUP', terms: 'on' };

describe('placing an order from the checkout form', () => {
  it('ignores prices and totals sent with the form, and takes the shopper to the order’s page', async () => {
    const product = await createProduct({ variants: [{ priceCents: 4590, stock: { [storeId]: 3 } }] });
    const cartId = await guestWithCart(product.variants[0].id, 2);

    const { redirectedTo } = await submit(placeOrderAction, { ...PICKUP_FORM, pickupStoreId: storeId, priceCents: '1', unitPriceCents: '1', totalCents: '2' });

    const order = await prisma.order.findFirstOrThrow({ where: { lines: { some: { variantId: product.variants[0].id } } }, include: { lines: true } });
    expect(order.totalCents).toBe(9180);
    expect(order.lines[0].unitPriceCents).toBe(4590);
    expect(redirectedTo).toMatch(new RegExp(`^/order/${order.number}\\?token=[\\w-]{43}$`));
    expect(await prisma.cartItem.count({ where: { cartId } })).toBe(0);
    expect(request.revalidated).toEqual([]);
  });

  it('refreshes the cached pages of a product whose last unit was just sold', async () => {
    const product = await createProduct({ stock: { [storeId]: 1 } });
    await guestWithCart(product.variants[0].id, 1);

    await submit(placeOrderAction, { ...PICKUP_FORM, pickupStoreId: storeId });

    expect(request.revalidated).toEqual([[product.id]]);
  });

  it('sends a card payer to Stripe’s payment page for the order’s total', async () => {
    enableCardPayments();
    const product = await createProduct({ stock: { [storeId]: 3 } });
    await guestWithCart(product.variants[0].id);

    const { redirectedTo } = await submit(placeOrderAction, { ...PICKUP_FORM, pickupStoreId: storeId, payment: 'CARD' });

    const order = await prisma.order.findFirstOrThrow({ where: { lines: { some: { variantId: product.variants[0].id } } }, include: { payments: true } });
    expect(order.status).toBe('PENDING_PAYMENT');
    const sessionId = order.payments[0].providerRef!;
    expect(redirectedTo).toBe(`${fake.url}/pay/${sessionId}`);
    expect(fake.sessions.get(sessionId)).toMatchObject({ status: 'open', amount_total: order.totalCents, currency: 'eur', metadata: { orderId: order.id } });
  });

  describe('when Stripe cannot start the payment', () => {
    const ways = [
      ['cannot be reached', () => fake.setUnreachable(true)],
      // The SDK tries three times (maxNetworkRetries: 2): every try gets a 500.
      ['answers with errors', () => fake.failNext('POST', '/v1/checkout/sessions', 3)],
    ] as const;

    it.each(ways)('(Stripe %s) keeps the shopper at checkout with a message in Finnish, leaves no order waiting and holds no stock', async (_how, breakStripe) => {
      enableCardPayments();
      const product = await createProduct({ stock: { [storeId]: 2 } });
      const variantId = product.variants[0].id;
      const cartId = await guestWithCart(variantId, 2);
      // One checkout per browser: a try that held nothing must not use it up.
      vi.stubEnv('PAY_AT_PICKUP_LIMIT_PER_DEVICE', '1');
      const log = vi.spyOn(console, 'error').mockImplementation(() => {});
      breakStripe();
      let result: Awaited<ReturnType<typeof submit>>;
      try {
        result = await submit(placeOrderAction, { ...PICKUP_FORM, pickupStoreId: storeId, payment: 'CARD' });
      } finally {
        fake.setUnreachable(false);
        log.mockRestore();
      }

      // Told what happened, on the checkout form (no redirect to an order that cannot be paid).
      expect(result).toEqual({
        state: { status: 'error', message: 'Korttimaksu ei juuri nyt onnistu. Yritä hetken kuluttua uudelleen.' },
        redirectedTo: null,
      });
      // Nothing is left half-made: no order waits for a payment nobody can make, no unit is held.
      const orders = await prisma.order.findMany({ where: { lines: { some: { variantId } } }, select: { status: true, payments: { select: { status: true } } } });
      expect(orders.filter((o) => o.status === 'PENDING_PAYMENT')).toEqual([]);
      expect(orders.flatMap((o) => o.payments).filter((p) => p.status === 'PENDING')).toEqual([]);
      expect(await prisma.stockLevel.findUniqueOrThrow({ where: { variantId_storeId: { variantId, storeId } }, select: { onHand: true, reserved: true } })).toEqual({
        onHand: 2,
        reserved: 0,
      });
      expect(await prisma.reservation.count({ where: { variantId, status: 'ACTIVE' } })).toBe(0);
      // The cart is as it was: once Stripe answers again, the same click goes to the payment page.
      expect(await prisma.cartItem.findMany({ where: { cartId }, select: { variantId: true, quantity: true } })).toEqual([{ variantId, quantity: 2 }]);
      const again = await submit(placeOrderAction, { ...PICKUP_FORM, pickupStoreId: storeId, payment: 'CARD' });
      expect(again).toEqual({ state: { status: 'ok', redirectTo: expect.stringMatching(new RegExp(`^${fake.url}/pay/cs_test_`)) }, redirectedTo: expect.any(String) });
    });
  });

  it('answers bad input with messages in Finnish per field, and changes nothing', async () => {
    const product = await createProduct({ stock: { [storeId]: 3 } });
    const cartId = await guestWithCart(product.variants[0].id);
    const orders = await prisma.order.count();

    const { state } = await submit(placeOrderAction, { email: 'ei-osoite', name: '', fulfilment: 'DELIVERY', payment: 'CARD', postalCode: '123' });

    expect(state).toMatchObject({
      status: 'error',
      message: 'Tarkista lomakkeen tiedot.',
      fieldErrors: {
        email: 'Sähköpostiosoite ei ole kelvollinen.',
        name: 'Anna nimesi.',
        terms: 'Hyväksy tilausehdot, jotta voit tehdä tilauksen.',
        street: 'Anna katuosoite.',
        postalCode: 'Anna postinumero viitenä numerona, esimerkiksi 40100.',
      },
    });
    expect(await prisma.order.count()).toBe(orders);
    expect(await prisma.cartItem.count({ where: { cartId } })).toBe(1);
  });

  it('tells which product ran out, and changes nothing', async () => {
    const product = await createProduct({ nameFi: 'Villasukat', stock: { [storeId]: 1 } });
    const cartId = await guestWithCart(product.variants[0].id, 2);

    const { state } = await submit(placeOrderAction, { ...PICKUP_FORM, pickupStoreId: storeId });

    expect(state).toEqual({ status: 'error', message: expect.stringContaining('”Villasukat”') });
    expect(await prisma.cartItem.count({ where: { cartId } })).toBe(1);
    expect(await prisma.reservation.count({ where: { variantId: product.variants[0].id } })).toBe(0);
  });

  it('orders only the visitor’s own cart: another shopper’s cart is not touched', async () => {
    const product = await createProduct({ stock: { [storeId]: 3 } });
    const cartId = await guestWithCart(product.variants[0].id);
    request.guestToken = 'someone-elses-or-a-made-up-token';

    const { state } = await submit(placeOrderAction, { ...PICKUP_FORM, pickupStoreId: storeId });

    expect(state).toMatchObject({ status: 'error', message: 'Ostoskorisi on tyhjä. Lisää tuotteita koriin ennen tilaamista.' });
    expect(await prisma.cartItem.count({ where: { cartId } })).toBe(1);
    expect(await prisma.order.count({ where: { lines: { some: { variantId: product.variants[0].id } } } })).toBe(0);
  });
});

describe('the order lookup form', () => {
  it('says the same whether or not an order matched, and e-mails only on a match', async () => {
    const product = await createProduct({ stock: { [storeId]: 3 } });
    await guestWithCart(product.variants[0].id);
    await submit(placeOrderAction, { ...PICKUP_FORM, email: 'etsija@example.com', pickupStoreId: storeId });
    const order = await prisma.order.findFirstOrThrow({ where: { email: 'etsija@example.com' } });

    const matched = await submit(lookupOrderAction, { email: 'etsija@example.com', number: String(order.number) });
    const unmatched = await submit(lookupOrderAction, { email: 'etsija@example.com', number: String(order.number + 1) });

    expect(matched.state).toEqual(unmatched.state);
    expect(matched.state).toMatchObject({ status: 'ok', message: expect.stringContaining('etsija@example.com') });
    expect(await prisma.outboxMessage.count({ where: { kind: 'order.access-link', toEmail: 'etsija@example.com' } })).toBe(1);
  });

  it('answers a malformed order number per field', async () => {
    const { state } = await submit(lookupOrderAction, { email: 'etsija@example.com', number: '10001a' });
    expect(state).toMatchObject({ status: 'error', fieldErrors: { number: 'Anna tilausnumero numeroina, esimerkiksi 10001.' } });
  });
});
