import '../support/test-database';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/db';
import { releaseExpiredReservations } from '@/lib/inventory/release-expired-reservations';
import { sendRefund } from '@/lib/payments/send-refund';
import { startCheckoutSession } from '@/lib/payments/start-checkout-session';
import { stripeEvent, type FakeStripe } from '../support/fake-stripe';
import { createPendingOrder, orderFootprint, startPaymentsFake, stockLevel } from './payments-fixtures';

let fake: FakeStripe;

beforeAll(async () => {
  fake = await startPaymentsFake();
});

afterAll(async () => {
  await fake.settled();
  await fake.stop();
});

/** An order whose hold has run out while the shopper is still on Stripe's page. */
async function expiredOrderWithOpenSession(options: { quantity?: number; stock?: number } = {}) {
  const placed = await createPendingOrder({ ...options, expiresAt: new Date(Date.now() - 1000) });
  const { url } = await startCheckoutSession(placed.order.id, 'fi');
  const sessionId = url.split('/pay/')[1];
  await releaseExpiredReservations();
  expect((await orderFootprint(placed.order.id)).status).toBe('EXPIRED');
  return { ...placed, sessionId };
}

/** Another shopper's order takes every unit that is left. */
async function sellOut(variantId: string, storeId: string) {
  const { onHand, reserved } = await stockLevel(variantId, storeId);
  await prisma.$transaction([
    prisma.stockLevel.update({ where: { variantId_storeId: { variantId, storeId } }, data: { onHand: reserved } }),
    prisma.stockMovement.create({ data: { variantId, storeId, type: 'ADJUST', onHandDelta: reserved - onHand, reason: 'sold in the store' } }),
  ]);
}

describe('a payment that arrives after the hold expired', () => {
  it('holds the stock again and marks the order paid when the units are still there', async () => {
    const { order, variant, store, sessionId } = await expiredOrderWithOpenSession({ quantity: 2, stock: 3 });
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 3, reserved: 0 });

    expect(await fake.pay(sessionId)).toBe(200);

    expect(await orderFootprint(order.id)).toEqual({
      status: 'PAID', paid: true, paidEvents: 1, emails: 1, sales: 1, releases: 1, refunds: 0,
    });
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 1, reserved: 0 });
    expect(fake.refunds.size).toBe(0);
  });

  it('refunds the whole payment, once, when the stock is gone', async () => {
    const { order, variant, store, sessionId } = await expiredOrderWithOpenSession({ quantity: 2, stock: 2 });
    await sellOut(variant.id, store.id);
    const refundsBefore = fake.refunds.size;

    expect(await fake.pay(sessionId)).toBe(200);
    const paid = { ...fake.sessions.get(sessionId)! };
    expect(await fake.sendEvent('checkout.session.completed', paid)).toBe(200);
    expect(await fake.sendEvent('checkout.session.async_payment_succeeded', paid)).toBe(200);

    expect(fake.refunds.size).toBe(refundsBefore + 1);
    const refund = [...fake.refunds.values()].find((r) => r.payment_intent === paid.payment_intent)!;
    expect(refund.amount).toBe(order.totalCents);
    const refundRequests = fake.requests.filter((r) => r.path === '/v1/refunds' && r.body.payment_intent === paid.payment_intent);
    expect(refundRequests.map((r) => r.idempotencyKey)).toEqual([`refund-late-${order.id}`]);

    expect(await orderFootprint(order.id)).toEqual({
      status: 'EXPIRED', paid: false, paidEvents: 0, emails: 0, sales: 0, releases: 1, refunds: 1,
    });
    expect(await prisma.refund.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({
      amountCents: order.totalCents, status: 'SUCCEEDED', providerRef: refund.id, idempotencyKey: `refund-late-${order.id}`,
    });
    expect(await prisma.payment.findUniqueOrThrow({ where: { providerRef: sessionId } })).toMatchObject({ status: 'SUCCEEDED' });
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 0, reserved: 0 });
  });

  it('keeps the refund pending with the reason when Stripe does not answer, and pays it once when sent again', async () => {
    const { order, variant, store, sessionId } = await expiredOrderWithOpenSession({ quantity: 1, stock: 1 });
    await sellOut(variant.id, store.id);
    fake.failNext('POST', '/v1/refunds', 3);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});

    const session = fake.sessions.get(sessionId)!;
    Object.assign(session, { status: 'complete', payment_status: 'paid', payment_intent: `pi_test_retry_${order.number}` });
    const event = stripeEvent('checkout.session.completed', { ...session });
    const first = await fake.sendEvent(event.type, event.data.object, { id: event.id });
    log.mockRestore();

    expect(first).toBe(200);
    expect(await orderFootprint(order.id)).toMatchObject({ status: 'EXPIRED', refunds: 1 });
    const refund = await prisma.refund.findFirstOrThrow({ where: { orderId: order.id } });
    expect(refund).toMatchObject({ status: 'PENDING', amountCents: session.amount_total });
    expect(refund.failureReason).toBeTruthy();
    expect([...fake.refunds.values()].filter((r) => r.payment_intent === session.payment_intent)).toHaveLength(0);

    // The same event again changes nothing; sending the refund again (staff's retry) pays it once.
    expect(await fake.sendEvent(event.type, event.data.object, { id: event.id })).toBe(200);
    expect(await sendRefund(refund.id)).toBe('SUCCEEDED');
    expect(await sendRefund(refund.id)).toBe('SUCCEEDED');
    expect(await orderFootprint(order.id)).toMatchObject({ status: 'EXPIRED', refunds: 1 });
    expect([...fake.refunds.values()].filter((r) => r.payment_intent === session.payment_intent)).toHaveLength(1);
  });

  it('ends with one paid order and one sale when the expiry job and the payment meet', async () => {
    const { order, variant, store, sessionId } = await (async () => {
      const placed = await createPendingOrder({ quantity: 1, stock: 2, expiresAt: new Date(Date.now() - 1000) });
      const { url } = await startCheckoutSession(placed.order.id, 'fi');
      return { ...placed, sessionId: url.split('/pay/')[1] };
    })();

    const [, delivered] = await Promise.all([releaseExpiredReservations(), fake.pay(sessionId)]);

    expect(delivered).toBe(200);
    expect(await orderFootprint(order.id)).toMatchObject({ status: 'PAID', paidEvents: 1, emails: 1, sales: 1, refunds: 0 });
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 1, reserved: 0 });
  });

  it('refunds a second payment of an order that was already paid', async () => {
    const { order, variant, store } = await createPendingOrder({ quantity: 1, stock: 2 });
    // Two payment pages for one order (say, an old tab): the first is closed when the second
    // starts, but here it is paid anyway.
    const first = fake.sessions.get((await startCheckoutSession(order.id, 'fi')).url.split('/pay/')[1])!;
    first.status = 'expired';
    const second = fake.sessions.get((await startCheckoutSession(order.id, 'fi')).url.split('/pay/')[1])!;
    first.status = 'open';

    expect(await fake.pay(second.id)).toBe(200);
    expect(await fake.pay(first.id)).toBe(200);

    expect(await orderFootprint(order.id)).toMatchObject({ status: 'PAID', paidEvents: 1, emails: 1, sales: 1, refunds: 1 });
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 1, reserved: 0 });
    const firstPayment = await prisma.payment.findUniqueOrThrow({ where: { providerRef: first.id } });
    expect(await prisma.refund.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({
      paymentId: firstPayment.id, amountCents: order.totalCents, idempotencyKey: `refund-duplicate-${firstPayment.id}`,
    });
    expect([...fake.refunds.values()].filter((r) => r.payment_intent === first.payment_intent)).toHaveLength(1);
    expect([...fake.refunds.values()].filter((r) => r.payment_intent === second.payment_intent)).toHaveLength(0);
  });
});
