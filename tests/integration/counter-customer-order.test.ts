// "Order for the customer" at the counter (endless aisle), on the real PostgreSQL and the real
// Stripe SDK against the fake Stripe: an order for home delivery paid by card terminal goes
// through the web shop's own workflow (stock sold at the warehouse, PAID, confirmation e-mail);
// a pickup at another store brings the goods by transfer; a payment link is e-mailed and the
// stock held a day; bad input and the wrong people change nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { counterOrderForCustomerAction } from '@/lib/actions/counter-order-for-customer';
import { LINK_HOLD_MINUTES } from '@/lib/counter/order-for-customer';
import { prisma } from '@/lib/db';
import { createProduct } from '../support/factories/catalog';
import { stockLedgerProblems } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import type { FakeStripe } from '../support/fake-stripe';
import { request, resetRequest, Stopped } from '../support/request-stand-ins';
import { createStaff } from './handover-fixtures';
import { startPaymentsFake } from './payments-fixtures';
import '../support/test-database';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/jobs/send-outbox-soon', () => import('../support/request-stand-ins').then((m) => m.outboxKickStandIn));

let fake: FakeStripe;
beforeAll(async () => {
  fake = await startPaymentsFake();
});
afterAll(() => fake.stop());
beforeEach(resetRequest);

async function aisle() {
  const warehouse = (await prisma.store.findFirst({ where: { kind: 'WAREHOUSE' } })) ?? (await createStore({ kind: 'WAREHOUSE', pickupEnabled: false, returnsEnabled: false }));
  const here = await createStore({ pickupEnabled: true, returnsEnabled: true });
  const there = await createStore({ pickupEnabled: true });
  // Not on this store's shelf: 3 at the warehouse, 2 at the other store.
  const product = await createProduct({ variants: [{ priceCents: 4990, stock: { [warehouse.id]: 3, [there.id]: 2 } }] });
  const staff = await createStaff([here.id]);
  const customer = await createUser({ email: `tilaaja-${randomUUID()}@example.com`, name: 'Tiina Tilaaja' });
  return { warehouse, here, there, variant: product.variants[0], staff, customer };
}

function delivery(storeId: string, variantId: string, customer: { id: string; email: string }, payment: object) {
  return {
    storeId,
    tillKey: randomUUID(),
    lines: [{ variantId, quantity: 1 }],
    customerId: customer.id,
    email: customer.email,
    name: 'Tiina Tilaaja',
    phone: '040 123 4567',
    fulfilment: 'DELIVERY',
    street: 'Kauppakatu 1',
    postalCode: '40100',
    city: 'Jyväskylä',
    payment,
  };
}

async function stoppedBy(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof Stopped)) throw new Error(`Expected the request to be stopped, got ${String(error)}`);
  return error.how;
}

describe('an order for the customer, paid by card terminal, delivered home', () => {
  it('is a PAID STORE order placed by the staff member, sold from the warehouse, with the confirmation e-mail', async () => {
    const { warehouse, here, variant, staff, customer } = await aisle();
    request.userId = staff.id;
    const answer = await counterOrderForCustomerAction(delivery(here.id, variant.id, customer, { method: 'CARD_TERMINAL', reference: '004211' }));
    expect(answer).toMatchObject({ status: 'ok', order: { status: 'PAID', linkSent: false } });

    const order = await prisma.order.findUniqueOrThrow({ where: { number: answer.order!.number }, include: { payments: true, events: true, reservations: true } });
    expect(order).toMatchObject({ channel: 'STORE', fulfilment: 'DELIVERY', status: 'PAID', customerId: customer.id, soldById: staff.id, shippingCity: 'Jyväskylä' });
    expect(order.totalCents).toBe(4990 + order.shippingCents);
    expect(order.payments.map((p) => [p.provider, p.status, p.amountCents])).toEqual([['CARD_TERMINAL', 'SUCCEEDED', order.totalCents]]);
    expect(order.reservations.map((r) => [r.storeId, r.status])).toEqual([[warehouse.id, 'CONVERTED']]);
    expect(order.events.find((e) => e.type === 'placed')).toMatchObject({ actorId: staff.id, data: { orderedAtStoreId: here.id } });
    expect(order.events.find((e) => e.type === 'paid_at_counter')).toMatchObject({ data: { cardReference: '004211' } });
    expect(await prisma.stockLevel.findUniqueOrThrow({ where: { variantId_storeId: { variantId: variant.id, storeId: warehouse.id } } })).toMatchObject({ onHand: 2, reserved: 0 });
    expect(await prisma.outboxMessage.count({ where: { reference: order.id, toEmail: customer.email } })).toBeGreaterThan(0);
    expect(await stockLedgerProblems()).toEqual([]);
  });

  it('for pickup at another store: the goods come by transfer to the pickup store', async () => {
    const { here, there, variant, staff, customer } = await aisle();
    request.userId = staff.id;
    const home = delivery(here.id, variant.id, customer, { method: 'CASH', givenCents: 5000 });
    const pickup = { storeId: home.storeId, tillKey: home.tillKey, lines: home.lines, customerId: home.customerId, email: home.email, name: home.name, payment: home.payment };
    const answer = await counterOrderForCustomerAction({ ...pickup, fulfilment: 'PICKUP', pickupStoreId: there.id });
    expect(answer).toMatchObject({ status: 'ok', order: { status: 'PAID', changeCents: 10 } });
    const order = await prisma.order.findUniqueOrThrow({ where: { number: answer.order!.number }, include: { pickup: true } });
    expect(order).toMatchObject({ fulfilment: 'PICKUP', pickupStoreId: there.id, status: 'PAID' });
    expect(order.pickup).toMatchObject({ storeId: there.id });
  });
});

describe('paid through a link by e-mail', () => {
  it('waits for payment with its stock held a day; the e-mail carries the Stripe payment page', async () => {
    const { here, variant, staff, customer } = await aisle();
    request.userId = staff.id;
    const before = Date.now();
    const answer = await counterOrderForCustomerAction(delivery(here.id, variant.id, customer, { method: 'LINK' }));
    expect(answer).toMatchObject({ status: 'ok', order: { status: 'PENDING_PAYMENT', linkSent: true } });
    const order = await prisma.order.findUniqueOrThrow({ where: { number: answer.order!.number }, include: { reservations: true } });
    expect(order.status).toBe('PENDING_PAYMENT');
    const heldFor = order.reservations[0].expiresAt.getTime() - before;
    expect(heldFor).toBeGreaterThan((LINK_HOLD_MINUTES - 1) * 60_000);
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'order.payment_link', reference: order.id } });
    expect(mail.toEmail).toBe(customer.email);
    expect(mail.subject).toBe(`Maksa tilauksesi ${order.number}`);
    const session = [...fake.sessions.values()].find((s) => s.client_reference_id === order.id)!;
    expect(mail.text).toContain(session.url!);
    expect(session.amount_total).toBe(order.totalCents);
    // Stripe keeps a payment page open a day at most.
    expect(session.expires_at - Math.floor(before / 1000)).toBeGreaterThan(23 * 3600);
  });
});

describe('what is refused, changing nothing', () => {
  it('the wrong people: signed out, a customer, another store\'s staff', async () => {
    const { here, there, variant, customer } = await aisle();
    const attempt = () => counterOrderForCustomerAction(delivery(here.id, variant.id, customer, { method: 'CARD_TERMINAL', reference: null }));
    expect(await stoppedBy(attempt())).toMatch(/^redirect \/signin/);
    request.userId = customer.id;
    expect(await stoppedBy(attempt())).toBe('forbidden');
    request.userId = (await createStaff([there.id])).id;
    expect(await stoppedBy(attempt())).toBe('forbidden');
    expect(await prisma.order.count({ where: { lines: { some: { variantId: variant.id } } } })).toBe(0);
  });

  it('cash below the total, a missing address, more than there is anywhere', async () => {
    const { here, variant, staff, customer } = await aisle();
    request.userId = staff.id;
    expect(await counterOrderForCustomerAction(delivery(here.id, variant.id, customer, { method: 'CASH', givenCents: 100 }))).toMatchObject({ status: 'error', fieldErrors: { givenCents: 'Annettu käteinen ei riitä maksuun.' } });
    expect(await counterOrderForCustomerAction({ ...delivery(here.id, variant.id, customer, { method: 'CARD_TERMINAL', reference: null }), street: ' ' })).toMatchObject({ status: 'error', fieldErrors: { street: expect.any(String) } });
    const tooMany = await counterOrderForCustomerAction({ ...delivery(here.id, variant.id, customer, { method: 'CARD_TERMINAL', reference: null }), lines: [{ variantId: variant.id, quantity: 9 }] });
    expect(tooMany).toMatchObject({ status: 'error' });
    expect(await prisma.order.count({ where: { lines: { some: { variantId: variant.id } } } })).toBe(0);
  });

  it('a double press: one order', async () => {
    const { here, variant, staff, customer } = await aisle();
    request.userId = staff.id;
    const input = delivery(here.id, variant.id, customer, { method: 'CARD_TERMINAL', reference: null });
    const [first, second] = await Promise.all([counterOrderForCustomerAction(input), counterOrderForCustomerAction(input)]);
    expect(first.order!.number).toBe(second.order!.number);
    expect(await prisma.order.count({ where: { lines: { some: { variantId: variant.id } } } })).toBe(1);
    expect(await prisma.payment.count({ where: { order: { number: first.order!.number } } })).toBe(1);
  });
});
