import '../support/test-database';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/webhooks/stripe/route';
import { prisma } from '@/lib/db';
import { startCheckoutSession } from '@/lib/payments/start-checkout-session';
import { signedWebhookRequest, stripeEvent, type FakeStripe } from '../support/fake-stripe';
import { createPendingOrder, orderFootprint, SHOP_URL, startPaymentsFake, stockLevel, WEBHOOK_SECRET } from './payments-fixtures';

let fake: FakeStripe;

beforeAll(async () => {
  fake = await startPaymentsFake();
});

afterAll(async () => {
  await fake.settled();
  await fake.stop();
});

const WEBHOOK_URL = `${SHOP_URL}/api/webhooks/stripe`;

/** An order waiting for payment, with an open Checkout Session at the fake Stripe. */
async function orderWithSession(options: Parameters<typeof createPendingOrder>[0] = {}) {
  const placed = await createPendingOrder(options);
  const { url } = await startCheckoutSession(placed.order.id, 'fi');
  const sessionId = url.split('/pay/')[1];
  return { ...placed, sessionId, session: fake.sessions.get(sessionId)! };
}

function deliver(event: object, options: { timestamp?: number; signature?: string; secret?: string } = {}) {
  return POST(signedWebhookRequest(WEBHOOK_URL, event, options.secret ?? WEBHOOK_SECRET, options));
}

describe('Stripe webhook: a paid Checkout Session', () => {
  it('marks the order paid once: stock sold, confirmation queued, timeline updated', async () => {
    const { order, variant, store, sessionId } = await orderWithSession({ quantity: 2, stock: 5 });
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 5, reserved: 2 });

    const status = await fake.pay(sessionId);

    expect(status).toBe(200);
    expect(await orderFootprint(order.id)).toEqual({
      status: 'PAID', paid: true, paidEvents: 1, emails: 1, sales: 1, releases: 0, refunds: 0,
    });
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 3, reserved: 0 });
    const payment = await prisma.payment.findUniqueOrThrow({ where: { providerRef: sessionId } });
    expect(payment).toMatchObject({ status: 'SUCCEEDED', amountCents: order.totalCents, orderId: order.id });
    const reservations = await prisma.reservation.findMany({ where: { orderId: order.id } });
    expect(reservations.map((r) => r.status)).toEqual(['CONVERTED']);
    const confirmation = await prisma.outboxMessage.findFirstOrThrow({ where: { reference: order.id } });
    expect(confirmation.toEmail).toBe(order.email);
  });

  it('acts once when one payment is announced by two events, each delivered five times at once', async () => {
    // Stripe may announce one paid session with checkout.session.completed and
    // checkout.session.async_payment_succeeded, and delivers an event again when our answer is
    // slow. Two guards keep that to one payment: an event id is recorded with its effects (a
    // repeat changes nothing and is answered 'duplicate'), and a payment recorded once is not
    // recorded again (the other event about it changes nothing: no second sale, no refund).
    const { order, variant, store, sessionId, session } = await orderWithSession({ quantity: 1, stock: 3 });
    Object.assign(session, { status: 'complete', payment_status: 'paid', payment_intent: 'pi_test_ten_times' });
    const completed = stripeEvent('checkout.session.completed', { ...session });
    const succeeded = stripeEvent('checkout.session.async_payment_succeeded', { ...session });
    // All ten have read the session from Stripe before any goes on: they overlap for sure.
    fake.gather('GET', `/v1/checkout/sessions/${sessionId}`, 10);

    const answers = await Promise.all(
      [...Array<object>(5).fill(completed), ...Array<object>(5).fill(succeeded)].map(async (event) => {
        const response = await deliver(event);
        return `${response.status} ${((await response.json()) as { message: string }).message}`;
      }),
    );

    expect(answers.filter((a) => a === '200 processed')).toHaveLength(2); // one delivery of each event
    expect(answers.filter((a) => a === '200 duplicate')).toHaveLength(8);
    expect(await orderFootprint(order.id)).toEqual({
      status: 'PAID', paid: true, paidEvents: 1, emails: 1, sales: 1, releases: 0, refunds: 0,
    });
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 2, reserved: 0 });
    expect(await prisma.processedWebhookEvent.count({ where: { eventId: { in: [completed.id, succeeded.id] } } })).toBe(2);
    expect(fake.requests.filter((r) => r.path === '/v1/refunds' && r.body.payment_intent === 'pi_test_ten_times')).toEqual([]);
  });

  it('keeps one of two payments that race for one order, and refunds the other in full once', async () => {
    // Two Checkout Sessions of one order were paid (the first, given up on our side when the
    // second was opened, went through at the last moment), and both events arrive at once.
    const { order, variant, store, sessionId: first } = await orderWithSession({ quantity: 2, stock: 5 });
    fake.sessions.get(first)!.status = 'expired';
    const second = (await startCheckoutSession(order.id, 'fi')).url.split('/pay/')[1];
    expect(second).not.toBe(first);
    const events = [first, second].map((id, n) => {
      const session = fake.sessions.get(id)!;
      Object.assign(session, { status: 'complete', payment_status: 'paid', payment_intent: `pi_test_race_${n}_${order.id}` });
      return stripeEvent('checkout.session.completed', { ...session });
    });
    fake.gather('GET', '/v1/checkout/sessions/', 2);

    const statuses = await Promise.all(events.map(async (event) => (await deliver(event)).status));

    expect(statuses).toEqual([200, 200]);
    expect(await orderFootprint(order.id)).toEqual({
      status: 'PAID', paid: true, paidEvents: 1, emails: 1, sales: 1, releases: 0, refunds: 1,
    });
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 3, reserved: 0 });
    // The money of the payment that lost went back through Stripe, once and in full.
    const kept = await prisma.orderEvent.findFirstOrThrow({ where: { orderId: order.id, type: 'paid' } });
    const refund = await prisma.refund.findFirstOrThrow({ where: { orderId: order.id }, include: { payment: true } });
    expect(refund).toMatchObject({ amountCents: order.totalCents, reason: 'duplicate_payment', status: 'SUCCEEDED' });
    expect(refund.paymentId).not.toBe((kept.data as { paymentId: string }).paymentId);
    const atStripe = [...fake.refunds.values()].filter((r) => r.payment_intent.endsWith(order.id));
    expect(atStripe).toEqual([
      expect.objectContaining({ amount: order.totalCents, payment_intent: fake.sessions.get(refund.payment.providerRef!)!.payment_intent }),
    ]);
  });

  it('ignores an expired event that comes after the completed one, and a second completed event with another id', async () => {
    const { order, variant, store, sessionId } = await orderWithSession({ quantity: 1, stock: 2 });
    await fake.pay(sessionId);
    const completed = { ...fake.sessions.get(sessionId)! };

    const late = await Promise.all([
      deliver(stripeEvent('checkout.session.expired', { ...completed, status: 'expired', payment_status: 'unpaid' })),
      deliver(stripeEvent('checkout.session.completed', completed)),
      deliver(stripeEvent('checkout.session.async_payment_succeeded', completed)),
    ]);

    expect(late.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await orderFootprint(order.id)).toEqual({
      status: 'PAID', paid: true, paidEvents: 1, emails: 1, sales: 1, releases: 0, refunds: 0,
    });
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 1, reserved: 0 });
  });

  it('acts on the session as Stripe has it now: an "expired" event for a session that was paid marks the order paid', async () => {
    const { order, sessionId } = await orderWithSession({ quantity: 1 });
    const session = fake.sessions.get(sessionId)!;
    Object.assign(session, { status: 'complete', payment_status: 'paid', payment_intent: 'pi_test_current_state' });

    const response = await deliver(stripeEvent('checkout.session.expired', { ...session, status: 'expired', payment_status: 'unpaid' }));

    expect(response.status).toBe(200);
    expect((await orderFootprint(order.id)).status).toBe('PAID');
  });
});

describe('Stripe webhook: refused deliveries change nothing', () => {
  async function paidEventForNewOrder() {
    const placed = await orderWithSession({ quantity: 1, stock: 4 });
    Object.assign(placed.session, { status: 'complete', payment_status: 'paid', payment_intent: 'pi_test_refused' });
    return { ...placed, event: stripeEvent('checkout.session.completed', { ...placed.session }) };
  }

  async function expectUnchanged(orderId: string, variantId: string, storeId: string) {
    expect(await orderFootprint(orderId)).toEqual({
      status: 'PENDING_PAYMENT', paid: false, paidEvents: 0, emails: 0, sales: 0, releases: 0, refunds: 0,
    });
    expect(await stockLevel(variantId, storeId)).toEqual({ onHand: 4, reserved: 1 });
    expect(await prisma.payment.findFirstOrThrow({ where: { orderId } })).toMatchObject({ status: 'PENDING' });
  }

  it('answers 400 to a bad signature', async () => {
    const { order, variant, store, event } = await paidEventForNewOrder();
    const response = await deliver(event, { secret: 'whsec_somebody_else' });
    expect(response.status).toBe(400);
    await expectUnchanged(order.id, variant.id, store.id);
    expect(await prisma.processedWebhookEvent.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('answers 400 to a body changed after signing', async () => {
    const { order, variant, store, event } = await paidEventForNewOrder();
    const signed = signedWebhookRequest(WEBHOOK_URL, event, WEBHOOK_SECRET);
    const tampered = new Request(WEBHOOK_URL, {
      method: 'POST',
      headers: signed.headers,
      body: JSON.stringify({ ...event, type: 'checkout.session.expired' }),
    });
    expect((await POST(tampered)).status).toBe(400);
    await expectUnchanged(order.id, variant.id, store.id);
  });

  it('answers 400 to a request without a signature', async () => {
    const { order, variant, store, event } = await paidEventForNewOrder();
    const response = await POST(new Request(WEBHOOK_URL, { method: 'POST', body: JSON.stringify(event) }));
    expect(response.status).toBe(400);
    await expectUnchanged(order.id, variant.id, store.id);
  });

  it('answers 400 to a correctly signed event with a timestamp 10 minutes old (a replay)', async () => {
    const { order, variant, store, event } = await paidEventForNewOrder();
    const response = await deliver(event, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(response.status).toBe(400);
    await expectUnchanged(order.id, variant.id, store.id);
  });

  it('answers 400 when Stripe has another amount than the order, and logs it', async () => {
    const { order, variant, store, sessionId, event } = await paidEventForNewOrder();
    fake.sessions.get(sessionId)!.amount_total = order.totalCents - 100;
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await deliver(event);
    expect(response.status).toBe(400);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(sessionId));
    log.mockRestore();
    await expectUnchanged(order.id, variant.id, store.id);
    expect(await prisma.processedWebhookEvent.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('answers 400 when the currency is not the order’s', async () => {
    const { order, variant, store, sessionId, event } = await paidEventForNewOrder();
    fake.sessions.get(sessionId)!.currency = 'sek';
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await deliver({ ...event, data: { object: { ...event.data.object, currency: 'sek' } } });
    log.mockRestore();
    expect(response.status).toBe(400);
    await expectUnchanged(order.id, variant.id, store.id);
  });

  it('answers 200 and changes nothing for a session that is not one of ours', async () => {
    const { order, variant, store, session } = await paidEventForNewOrder();
    const log = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const unknown = await deliver(stripeEvent('checkout.session.completed', { ...session, id: 'cs_test_someone_else', metadata: {} }));
    log.mockRestore();
    expect(unknown.status).toBe(200);
    await expectUnchanged(order.id, variant.id, store.id);
  });

  it('answers 200 and changes nothing for event types it does not handle', async () => {
    const { order, variant, store } = await paidEventForNewOrder();
    const response = await deliver(stripeEvent('customer.created', { id: 'cus_test_1', object: 'customer' }));
    expect(response.status).toBe(200);
    await expectUnchanged(order.id, variant.id, store.id);
  });
});

describe('Stripe webhook: a session that was not paid', () => {
  it('cancels the order and gives its stock back when the session expires', async () => {
    const { order, variant, store, sessionId } = await orderWithSession({ quantity: 2, stock: 2 });
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 2, reserved: 2 });

    expect(await fake.expire(sessionId)).toBe(200);

    expect(await orderFootprint(order.id)).toEqual({
      status: 'CANCELLED', paid: false, paidEvents: 0, emails: 0, sales: 0, releases: 1, refunds: 0,
    });
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 2, reserved: 0 });
    expect(await prisma.payment.findUniqueOrThrow({ where: { providerRef: sessionId } })).toMatchObject({ status: 'CANCELLED' });
  });

  it('cancels the order when a delayed payment method fails', async () => {
    const { order, variant, store, session } = await orderWithSession({ quantity: 1, stock: 1 });
    session.status = 'complete';
    const response = await deliver(stripeEvent('checkout.session.async_payment_failed', { ...session }));
    expect(response.status).toBe(200);
    expect((await orderFootprint(order.id)).status).toBe('CANCELLED');
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 1, reserved: 0 });
  });
});
