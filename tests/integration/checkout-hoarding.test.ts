// Stock hoarding (issue 14, item 3): a script placing anonymous pay-at-pickup orders through the
// checkout's server action is stopped after a few orders, holds stock only briefly, and the
// products stay sellable to a real shopper, whose order goes through and is kept once confirmed
// from the e-mail. The request around the actions (cookie, session, client address) is a
// stand-in; the database is real.
import '../support/test-database';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cancelUnpaidOrdersAction } from '@/lib/actions/admin-orders-cancel-unpaid';
import { confirmPickupOrderAction } from '@/lib/actions/confirm-pickup-order';
import { placeOrderAction } from '@/lib/actions/place-order';
import { prisma } from '@/lib/db';
import type { FormState } from '@/lib/forms/form-state';
import { pickupConfirmToken } from '@/lib/checkout/pickup-confirm-token';
import { releaseExpiredHolds } from '@/lib/jobs/release-expired-holds';
import { createProduct } from '../support/factories/catalog';
import { createCart, stockLedgerProblems } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import type { FakeStripe } from '../support/fake-stripe';
import { createUser } from '../support/factories/users';
import { startPaymentsFake } from './payments-fixtures';

const client = vi.hoisted(() => ({ userId: null as string | null, guestToken: null as string | null, ip: '198.51.100.7' }));

vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/lib/auth/session', async () => {
  const { prisma } = await import('@/lib/db');
  return {
    getSessionUser: async () => {
      if (!client.userId) return null;
      const user = await prisma.user.findUniqueOrThrow({ where: { id: client.userId } });
      return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
    },
  };
});
vi.mock('@/lib/cart/cart-cookie', () => ({ readCartToken: async () => client.guestToken, clearCartToken: async () => {} }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-forwarded-for': client.ip }) }));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => ({ ...m.cacheStandIn, refresh: () => {} })));
vi.mock('@/lib/jobs/send-outbox-soon', () => import('../support/request-stand-ins').then((m) => m.outboxKickStandIn));

const idle: FormState = { status: 'idle' };
const MINUTE = 60_000;
let storeId: string;

beforeAll(async () => {
  storeId = (await createStore({ pickupDeadlineDays: 7 })).id;
});

beforeEach(() => {
  client.userId = null;
  client.guestToken = null;
  client.ip = '198.51.100.7';
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

/** A guest (with a new cart cookie, unless `sameCart` is the cart of the current one) puts `quantity` of the variant in the cart and pays at pickup (or by card). */
async function guestOrders(variantId: string, email: string, quantity = 1, sameCart?: string, payment: 'PAY_AT_PICKUP' | 'CARD' = 'PAY_AT_PICKUP') {
  if (sameCart) {
    // A refused order leaves its line in the cart.
    await prisma.cartItem.deleteMany({ where: { cartId: sameCart } });
    await prisma.cartItem.create({ data: { cartId: sameCart, variantId, quantity, priceCentsAtAdd: 100 } });
  } else {
    const { actor } = await createCart({ items: [{ variantId, quantity }] });
    client.guestToken = actor.guestCartToken;
  }
  return placeOrderAction(idle, form({ email, name: 'Skripti Ostaja', fulfilment: 'PICKUP', pickupStoreId: storeId, payment, terms: 'on' }));
}

async function available(variantId: string) {
  const level = await prisma.stockLevel.findFirstOrThrow({ where: { variantId, storeId } });
  return level.onHand - level.reserved;
}

describe('a script placing pay-at-pickup orders as a guest', () => {
  it('is stopped after a few orders, and the products stay sellable to a real shopper, whose order is kept once confirmed', async () => {
    const product = await createProduct({ nameFi: 'Hamstrattava kahvi', stock: { [storeId]: 40 } });
    const variantId = product.variants[0].id;

    // Fifty tries from one machine, each with a new cookie and a new e-mail address, two units each.
    const results: FormState[] = [];
    for (let attempt = 1; attempt <= 50; attempt++) results.push(await guestOrders(variantId, `botti-${attempt}@example.com`, 2));

    const placed = results.filter((result) => result.status === 'ok').length;
    expect(placed).toBeLessThanOrEqual(10);
    expect(results.slice(0, placed).every((result) => result.status === 'ok')).toBe(true);
    expect(results.slice(placed).every((result) => result.status === 'error')).toBe(true);
    expect(results[placed].message).toBe(
      'Myymälässä maksettavia tilauksia on tehty tästä laitteesta tai verkosta juuri nyt liian monta. Yritä uudelleen puolen tunnin kuluttua, kirjaudu sisään tai maksa kortilla.',
    );
    expect(await available(variantId)).toBeGreaterThanOrEqual(40 - 2 * 10);

    // The script's orders hold their goods for half an hour at most: nobody confirms them.
    const botOrders = await prisma.order.findMany({ where: { email: { startsWith: 'botti-' } }, include: { reservations: true } });
    expect(botOrders).toHaveLength(placed);
    for (const order of botOrders) {
      expect(order.confirmedAt).toBeNull();
      for (const hold of order.reservations) expect(hold.expiresAt.getTime() - order.placedAt.getTime()).toBe(30 * MINUTE);
    }

    // A real shopper on another network orders the same product, and confirms from the e-mail.
    client.ip = '203.0.113.9';
    const shopper = await guestOrders(variantId, 'oikea.asiakas@example.com', 3);
    expect(shopper).toMatchObject({ status: 'ok', redirectTo: expect.stringMatching(/^\/order\/\d+\?token=/) });
    const order = await prisma.order.findFirstOrThrow({ where: { email: 'oikea.asiakas@example.com' } });
    const email = await prisma.outboxMessage.findFirstOrThrow({ where: { reference: order.id } });
    expect(email.text).toContain(`/confirm-order/${order.number}?token=`);
    expect(await confirmPickupOrderAction(idle, form({ number: String(order.number), token: 'väärä' }))).toMatchObject({ status: 'error' });
    expect(await confirmPickupOrderAction(idle, form({ number: String(order.number), token: pickupConfirmToken(order.id) }))).toEqual({
      status: 'ok',
      message: 'Kiitos, tilauksesi on vahvistettu! Kerromme sähköpostilla, kun se on noudettavissa.',
    });

    // Half an hour later the holds job has released every unconfirmed order; the confirmed one stays.
    await releaseExpiredHolds(new Date(Date.now() + 31 * MINUTE));
    const statuses = await prisma.order.findMany({ where: { email: { startsWith: 'botti-' } }, select: { status: true } });
    expect(statuses.every(({ status }) => status === 'EXPIRED')).toBe(true);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('PAY_AT_PICKUP');
    expect(await available(variantId)).toBe(40 - 3);
    expect(await stockLedgerProblems()).toEqual([]);
  });

  it('keeping one cookie, or one e-mail address, is stopped sooner', async () => {
    const product = await createProduct({ stock: { [storeId]: 50 } });
    const variantId = product.variants[0].id;
    client.ip = '198.51.100.20';

    // One cookie, a new address each time: five orders.
    const { cartId, actor } = await createCart({ items: [] });
    client.guestToken = actor.guestCartToken;
    const byCookie: string[] = [];
    for (let attempt = 1; attempt <= 10; attempt++) byCookie.push((await guestOrders(variantId, `keksi-${attempt}@example.com`, 1, cartId)).status);
    expect(byCookie).toEqual([...Array(5).fill('ok'), ...Array(5).fill('error')]);

    // One address, a new cookie each time (from another network): three.
    client.ip = '198.51.100.21';
    const byEmail: FormState[] = [];
    for (let attempt = 1; attempt <= 6; attempt++) byEmail.push(await guestOrders(variantId, 'sama@example.com'));
    expect(byEmail.map((result) => result.status)).toEqual(['ok', 'ok', 'ok', 'error', 'error', 'error']);
    expect(byEmail[3].message).toBe('Sinulla on jo useita noutoa odottavia tilauksia, jotka maksetaan myymälässä. Nouda ne ensin, tai maksa tämä tilaus kortilla.');

    // Only orders count: checkouts refused for another reason (sold out) use up nobody's share.
    const soldOut = await createProduct({ stock: { [storeId]: 0 } });
    client.ip = '198.51.100.30';
    for (let attempt = 1; attempt <= 12; attempt++) {
      expect((await guestOrders(soldOut.variants[0].id, `loppu-${attempt}@example.com`)).message).toMatch(/^Tuotetta .* ei ole enää riittävästi/);
    }
    expect(await guestOrders(variantId, 'loppu-13@example.com')).toMatchObject({ status: 'ok' });
  });

  it('a signed-in customer is confirmed at once, up to five open orders', async () => {
    const user = await createUser();
    const product = await createProduct({ stock: { [storeId]: 20 } });
    client.ip = '198.51.100.40';
    client.userId = user.id;
    const statuses: string[] = [];
    for (let attempt = 1; attempt <= 6; attempt++) {
      await prisma.cart.upsert({ where: { userId: user.id }, create: { userId: user.id, token: `user-cart-${user.id}` }, update: {} });
      const cart = await prisma.cart.findUniqueOrThrow({ where: { userId: user.id } });
      await prisma.cartItem.create({ data: { cartId: cart.id, variantId: product.variants[0].id, quantity: 1, priceCentsAtAdd: 100 } });
      const result = await placeOrderAction(
        idle,
        form({ email: `tili-${attempt}@example.com`, name: 'Tili Asiakas', fulfilment: 'PICKUP', pickupStoreId: storeId, payment: 'PAY_AT_PICKUP', terms: 'on' }),
      );
      statuses.push(result.status);
      await prisma.cartItem.deleteMany({ where: { cartId: cart.id } });
    }
    expect(statuses).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'error']);
    const orders = await prisma.order.findMany({ where: { customerId: user.id }, include: { reservations: true } });
    expect(orders.every((order) => order.confirmedAt !== null)).toBe(true);
    expect(orders.every((order) => order.reservations.every((hold) => hold.expiresAt.getTime() - order.placedAt.getTime() === 7 * 86_400_000))).toBe(true);
  });
});

describe('the owner cancelling such orders in bulk', () => {
  it('cancels the unpaid orders the list’s filter finds, releases their goods and leaves the rest', async () => {
    const owner = await createUser({ role: 'OWNER' });
    const product = await createProduct({ stock: { [storeId]: 10 } });
    const variantId = product.variants[0].id;
    client.ip = '198.51.100.50';
    for (let attempt = 1; attempt <= 3; attempt++) expect((await guestOrders(variantId, `massa-${attempt}@example.com`, 2)).status).toBe('ok');
    client.ip = '203.0.113.50';
    expect((await guestOrders(variantId, 'muu@example.com')).status).toBe('ok');
    expect(await available(variantId)).toBe(10 - 7);

    client.userId = owner.id;
    expect(await cancelUnpaidOrdersAction(idle, form({ q: 'massa-' }))).toMatchObject({ status: 'error' });
    expect(await available(variantId)).toBe(10 - 7);
    const done = await cancelUnpaidOrdersAction(idle, form({ q: 'massa-', confirm: 'on' }));

    expect(done).toEqual({ status: 'ok', message: '3 tilausta peruttu.' });
    expect(await available(variantId)).toBe(10 - 1);
    const orders = await prisma.order.findMany({ where: { lines: { some: { variantId } } }, select: { email: true, status: true } });
    expect(orders.filter((o) => o.status === 'CANCELLED').map((o) => o.email).sort()).toEqual(['massa-1@example.com', 'massa-2@example.com', 'massa-3@example.com']);
    expect(orders.find((o) => o.email === 'muu@example.com')?.status).toBe('PAY_AT_PICKUP');
    expect(await prisma.auditLog.count({ where: { action: 'order.cancelled', actorId: owner.id } })).toBe(3);
    expect(await stockLedgerProblems()).toEqual([]);
  });

  it('is the owner’s alone', async () => {
    const customer = await createUser();
    client.userId = customer.id;
    await expect(cancelUnpaidOrdersAction(idle, form({ confirm: 'on' }))).rejects.toThrow('forbidden');
  });
});

describe('a script starting card payments it never finishes', () => {
  let stripe: FakeStripe;
  beforeAll(async () => {
    stripe = await startPaymentsFake();
  });
  afterAll(async () => {
    await stripe.stop();
  });

  it('is stopped after a few from one network, and a real shopper elsewhere still buys and pays', async () => {
    const product = await createProduct({ nameFi: 'Korttihamstrattava', stock: { [storeId]: 30 } });
    const variantId = product.variants[0].id;
    client.ip = '198.51.100.60';
    const results: FormState[] = [];
    for (let attempt = 1; attempt <= 50; attempt++) results.push(await guestOrders(variantId, `korttibotti-${attempt}@example.com`, 2, undefined, 'CARD'));

    const started = results.filter((result) => result.status === 'ok').length;
    expect(started).toBe(10);
    expect(results.slice(0, started).every((result) => result.redirectTo?.includes('/pay/'))).toBe(true);
    expect(results[started]).toEqual({
      status: 'error',
      message: 'Tästä laitteesta tai verkosta on juuri nyt aloitettu liian monta maksamatonta tilausta. Yritä uudelleen puolen tunnin kuluttua.',
    });
    expect(await prisma.order.count({ where: { email: { startsWith: 'korttibotti-' } } })).toBe(started);
    expect(await available(variantId)).toBe(30 - 2 * started);

    client.ip = '203.0.113.60';
    const shopper = await guestOrders(variantId, 'korttiasiakas@example.com', 1, undefined, 'CARD');
    expect(await stripe.pay(shopper.redirectTo!.split('/pay/')[1])).toBe(200);
    await stripe.settled();
    expect((await prisma.order.findFirstOrThrow({ where: { email: 'korttiasiakas@example.com' } })).status).toBe('PAID');
  });

  it('a signed-in customer who pays for each order is never stopped, and pay-at-pickup keeps its own count', async () => {
    const user = await createUser();
    const product = await createProduct({ stock: { [storeId]: 20 } });
    client.ip = '198.51.100.80';
    client.userId = user.id;
    const order = async (payment: 'CARD' | 'PAY_AT_PICKUP') => {
      await prisma.cart.upsert({ where: { userId: user.id }, create: { userId: user.id, token: `card-cart-${user.id}` }, update: {} });
      const cart = await prisma.cart.findUniqueOrThrow({ where: { userId: user.id } });
      await prisma.cartItem.deleteMany({ where: { cartId: cart.id } });
      await prisma.cartItem.create({ data: { cartId: cart.id, variantId: product.variants[0].id, quantity: 1, priceCentsAtAdd: 100 } });
      return placeOrderAction(idle, form({ email: user.email, name: 'Kanta Asiakas', fulfilment: 'PICKUP', pickupStoreId: storeId, payment, terms: 'on' }));
    };
    for (let round = 1; round <= 7; round++) {
      const result = await order('CARD');
      expect(result.status, `card order ${round}`).toBe('ok');
      expect(await stripe.pay(result.redirectTo!.split('/pay/')[1])).toBe(200);
      await stripe.settled();
    }
    expect(await prisma.order.count({ where: { customerId: user.id, status: 'PAID' } })).toBe(7);
    expect((await order('PAY_AT_PICKUP')).status).toBe('ok');
  });

  it('one e-mail address may have three orders waiting for card payment', async () => {
    const product = await createProduct({ stock: { [storeId]: 10 } });
    const results: FormState[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      client.ip = `198.51.100.${70 + attempt}`;
      results.push(await guestOrders(product.variants[0].id, 'odottaa.maksua@example.com', 1, undefined, 'CARD'));
    }
    expect(results.map((result) => result.status)).toEqual(['ok', 'ok', 'ok', 'error']);
    expect(results[3].message).toBe('Sinulla on jo useita tilauksia, jotka odottavat korttimaksua. Maksamattomat tilaukset perutaan puolessa tunnissa; yritä sitten uudelleen.');
  });
});
