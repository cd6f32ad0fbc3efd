// Who may work the returns desk: each server action, called as Next would call it, with the
// signed-in user, locale and navigation replaced by stand-ins; the database is real.
import '../support/test-database';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { findReturnDeskAction } from '@/lib/actions/return-desk-find';
import { receiveReturnAction } from '@/lib/actions/return-desk-receive';
import { retryReturnRefundAction } from '@/lib/actions/return-desk-retry-refund';
import { prisma } from '@/lib/db';
import type { FakeStripe } from '../support/fake-stripe';
import { createUser } from '../support/factories/users';
import { request, resetRequest, Stopped } from '../support/request-stand-ins';
import { startPaymentsFake } from './payments-fixtures';
import { counterPaidOrder, createOwner, createStaff, registerReturn, stripePaidOrder, twoStores } from './returns-desk-fixtures';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/jobs/send-outbox-soon', () => import('../support/request-stand-ins').then((m) => m.outboxKickStandIn));

let fake: FakeStripe;
let stores: Awaited<ReturnType<typeof twoStores>>;
let staffA: Awaited<ReturnType<typeof createStaff>>;
let staffB: Awaited<ReturnType<typeof createStaff>>;
let owner: Awaited<ReturnType<typeof createOwner>>;
let customer: { id: string };

beforeAll(async () => {
  fake = await startPaymentsFake();
  stores = await twoStores();
  staffA = await createStaff(stores.storeA.id);
  staffB = await createStaff(stores.storeB.id);
  owner = await createOwner();
  customer = await createUser();
});

afterAll(async () => {
  await fake.settled();
  await fake.stop();
});

beforeEach(resetRequest);

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

/** Where the action stopped ('forbidden', 'not found', or the path it redirected to), or its FormState. */
async function outcome<T>(run: () => Promise<T>): Promise<T | string> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Stopped) return error.how.replace(/^redirect /, '');
    throw error;
  }
}

const idle = { status: 'idle' as const };

/** A walk-in receive of one unit of a cash-paid order picked up at store A. */
async function walkInForm(storeId: string, extra: Record<string, string> = {}) {
  const { order, line } = await counterPaidOrder(stores.storeA.id, 'CASH');
  const lines = JSON.stringify([{ orderLineId: line.id, quantity: 1, condition: 'RESALEABLE', restock: true }]);
  return { order, data: form({ storeId, orderId: order.id, lines, ...extra }) };
}

async function returnsOf(orderId: string) {
  return prisma.return.count({ where: { orderId } });
}

describe('receiveReturnAction', () => {
  it('sends signed-out callers to sign in, and refuses customers and staff of another store; nothing is received', async () => {
    const { order, data } = await walkInForm(stores.storeA.id);

    expect(await outcome(() => receiveReturnAction(idle, data))).toMatch(/^\/signin/);
    request.userId = customer.id;
    expect(await outcome(() => receiveReturnAction(idle, data))).toBe('forbidden');
    request.userId = staffB.id;
    expect(await outcome(() => receiveReturnAction(idle, data))).toBe('forbidden');
    expect(await returnsOf(order.id)).toBe(0);
  });

  it("lets staff of store B take back store A's order at store B, and opens the received return", async () => {
    const { order, data } = await walkInForm(stores.storeB.id);
    request.userId = staffB.id;

    const to = await outcome(() => receiveReturnAction(idle, data));

    const received = await prisma.return.findFirstOrThrow({ where: { orderId: order.id } });
    expect(to).toBe(`/store/${stores.storeB.slug}/returns/${received.number}`);
    expect(received).toMatchObject({ status: 'REFUNDED', storeId: stores.storeB.id, receivedById: staffB.id });
  });

  it('receives a registered Stripe-paid return with its pre-filled lines in one submit', async () => {
    const { order, line } = await stripePaidOrder(fake, { pickedUpAt: stores.storeA.id, quantity: 2, priceCents: 1500 });
    const registered = await registerReturn(order.id, [{ orderLineId: line.id, quantity: 1 }], stores.storeB.id);
    request.userId = staffB.id;
    const lines = JSON.stringify([{ orderLineId: line.id, quantity: 1, condition: 'RESALEABLE', restock: true }]);

    const to = await outcome(() => receiveReturnAction(idle, form({ storeId: stores.storeB.id, returnId: registered.id, lines })));

    expect(to).toBe(`/store/${stores.storeB.slug}/returns/${registered.number}`);
    expect(await prisma.refund.findFirstOrThrow({ where: { returnId: registered.id } })).toMatchObject({ amountCents: 1500, status: 'SUCCEEDED' });
  });

  it('refuses a window override sent by staff; the owner may send one', async () => {
    const { order, line } = await stripePaidOrder(fake, { quantity: 1, daysAgo: 60 });
    const lines = JSON.stringify([{ orderLineId: line.id, quantity: 1, condition: 'DAMAGED', restock: false }]);
    const data = form({ storeId: stores.storeB.id, orderId: order.id, lines, overrideReason: 'Vika ilmeni vasta nyt' });

    request.userId = staffB.id;
    expect(await receiveReturnAction(idle, form({ storeId: stores.storeB.id, orderId: order.id, lines }))).toMatchObject({
      status: 'error',
      message: 'Palautusaika on päättynyt. Vain kauppias voi ohittaa sen.',
    });
    expect(await receiveReturnAction(idle, data)).toMatchObject({ status: 'error', message: 'Sinulla ei ole oikeutta tähän.' });
    expect(await returnsOf(order.id)).toBe(0);

    request.userId = owner.id;
    expect(await receiveReturnAction(idle, form({ storeId: stores.storeB.id, orderId: order.id, lines, overrideReason: ' ' }))).toMatchObject({
      status: 'error',
      fieldErrors: { overrideReason: 'Kirjoita syy palautusajan ohittamiselle.' },
    });
    expect(await outcome(() => receiveReturnAction(idle, data))).toMatch(new RegExp(`^/store/${stores.storeB.slug}/returns/\\d+$`));
    expect(await prisma.return.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ windowOverrideReason: 'Vika ilmeni vasta nyt', windowOverrideById: owner.id });
  });

  it('answers broken input and too many units with a message, and changes nothing', async () => {
    const { order, line } = await counterPaidOrder(stores.storeA.id, 'CARD_TERMINAL', { quantity: 1 });
    request.userId = staffA.id;

    const broken = await receiveReturnAction(idle, form({ storeId: stores.storeA.id, orderId: order.id, lines: 'not json' }));
    const tooMany = await receiveReturnAction(
      idle,
      form({ storeId: stores.storeA.id, orderId: order.id, lines: JSON.stringify([{ orderLineId: line.id, quantity: 2, condition: 'RESALEABLE', restock: true }]) }),
    );
    const none = await receiveReturnAction(
      idle,
      form({ storeId: stores.storeA.id, orderId: order.id, lines: JSON.stringify([{ orderLineId: line.id, quantity: 0, condition: 'RESALEABLE', restock: true }]) }),
    );

    expect(broken).toMatchObject({ status: 'error', fieldErrors: { lines: 'Palautuksen tiedot olivat virheelliset. Päivitä sivu ja yritä uudelleen.' } });
    expect(tooMany).toMatchObject({ status: 'error', message: expect.stringContaining('suurempi kuin tuotteesta voi vielä palauttaa') });
    expect(none).toMatchObject({ status: 'error', message: 'Valitse ainakin yksi palautettava tuote.' });
    expect(await returnsOf(order.id)).toBe(0);
  });
});

describe('retryReturnRefundAction', () => {
  async function refundNeedingRetry() {
    const { order, line } = await stripePaidOrder(fake, { quantity: 2, priceCents: 1000 });
    fake.failNext('POST', '/v1/refunds', 3);
    request.userId = staffB.id;
    const lines = JSON.stringify([{ orderLineId: line.id, quantity: 1, condition: 'RESALEABLE', restock: true }]);
    await outcome(() => receiveReturnAction(idle, form({ storeId: stores.storeB.id, orderId: order.id, lines })));
    request.userId = null;
    return prisma.refund.findFirstOrThrow({ where: { orderId: order.id } });
  }

  it('refuses signed-out callers, customers, and staff of another store; the refund stays unpaid', async () => {
    const refund = await refundNeedingRetry();
    const data = form({ storeId: stores.storeB.id, refundId: refund.id });

    expect(await outcome(() => retryReturnRefundAction(idle, data))).toMatch(/^\/signin/);
    request.userId = customer.id;
    expect(await outcome(() => retryReturnRefundAction(idle, data))).toBe('forbidden');
    request.userId = staffA.id;
    expect(await outcome(() => retryReturnRefundAction(idle, data))).toBe('forbidden');
    // Acting "as" their own store does not reach another store's refund either.
    expect(await retryReturnRefundAction(idle, form({ storeId: stores.storeA.id, refundId: refund.id }))).toMatchObject({ status: 'error' });
    expect(await prisma.refund.findUniqueOrThrow({ where: { id: refund.id } })).toMatchObject({ status: 'PENDING' });
  });

  it('lets staff of the receiving store retry: the refund is paid', async () => {
    const refund = await refundNeedingRetry();
    request.userId = staffB.id;

    const state = await retryReturnRefundAction(idle, form({ storeId: stores.storeB.id, refundId: refund.id }));

    expect(state).toEqual({ status: 'ok', message: 'Hyvitys onnistui.' });
    expect(await prisma.refund.findUniqueOrThrow({ where: { id: refund.id } })).toMatchObject({ status: 'SUCCEEDED' });
  });
});

describe('findReturnDeskAction', () => {
  it('refuses signed-out callers and customers', async () => {
    const data = form({ storeId: stores.storeA.id, query: 'R-5001' });
    expect(await outcome(() => findReturnDeskAction(idle, data))).toMatch(/^\/signin/);
    request.userId = customer.id;
    expect(await outcome(() => findReturnDeskAction(idle, data))).toBe('forbidden');
    request.userId = staffB.id;
    expect(await outcome(() => findReturnDeskAction(idle, data))).toBe('forbidden');
  });

  it('opens a return by its QR text, a walk-in by order number, a list by e-mail, and says when nothing matches', async () => {
    const { order, line } = await counterPaidOrder(stores.storeA.id, 'CASH');
    const registered = await registerReturn(order.id, [{ orderLineId: line.id, quantity: 1 }], stores.storeB.id);
    request.userId = staffB.id;
    const find = (query: string) => outcome(() => findReturnDeskAction(idle, form({ storeId: stores.storeB.id, query })));
    const desk = `/store/${stores.storeB.slug}/returns`;

    expect(await find(`R-${registered.number}`)).toBe(`${desk}/${registered.number}`);
    expect(await find(String(order.number))).toBe(`${desk}/order/${order.number}`);
    expect(await find(order.email.toUpperCase())).toBe(`${desk}?q=${encodeURIComponent(order.email.toUpperCase())}`);
    expect(await find('R-999999')).toMatchObject({ status: 'error', message: expect.stringContaining('ei löytynyt') });
    expect(await find('nobody@example.com')).toMatchObject({ status: 'error' });
  });
});
