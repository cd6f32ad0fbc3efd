import '../support/test-database';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { cancelCheckout } from '@/lib/payments/cancel-checkout';
import { verifyCheckoutSessionForOrder } from '@/lib/payments/order-for-checkout-session';
import { startCheckoutSession } from '@/lib/payments/start-checkout-session';
import type { FakeStripe } from '../support/fake-stripe';
import { createPendingOrder, orderFootprint, SHOP_URL, startPaymentsFake, stockLevel } from './payments-fixtures';

let fake: FakeStripe;

beforeAll(async () => {
  fake = await startPaymentsFake();
});

afterAll(async () => {
  await fake.settled();
  await fake.stop();
});

function sessionOf(url: string) {
  const session = fake.sessions.get(url.split('/pay/')[1]);
  if (!session) throw new Error(`No session behind ${url}`);
  return session;
}

describe('startCheckoutSession', () => {
  it("charges the order's own lines and shipping, read from the database", async () => {
    const { order } = await createPendingOrder({ quantity: 3, priceCents: 1990, shippingCents: 490 });

    const { url } = await startCheckoutSession(order.id, 'fi');
    const session = sessionOf(url);

    expect(session.amount_total).toBe(3 * 1990 + 490);
    expect(session.currency).toBe('eur');
    expect(session.line_items_sent).toEqual([
      expect.objectContaining({ unit_amount: 1990, quantity: 3, name: expect.stringContaining('(M)') }),
      { name: 'Kotiinkuljetus', unit_amount: 490, quantity: 1, currency: 'eur' },
    ]);
    expect(session.client_reference_id).toBe(order.id);
    expect(session.metadata.orderId).toBe(order.id);
    expect(session.customer_email).toBe(order.email);
    expect(session.locale).toBe('fi');
    expect(session.success_url).toBe(`${SHOP_URL}/order/${order.number}?session_id={CHECKOUT_SESSION_ID}`);
    expect(session.cancel_url).toMatch(new RegExp(`^${SHOP_URL}/checkout/cancelled/return\\?order=${order.id}&token=`));
    expect(session.expires_at - Math.floor(Date.now() / 1000)).toBeGreaterThanOrEqual(30 * 60);
    const payment = await prisma.payment.findUniqueOrThrow({ where: { providerRef: session.id } });
    expect(payment).toMatchObject({ orderId: order.id, provider: 'STRIPE', status: 'PENDING', amountCents: order.totalCents, currency: 'EUR' });
    const create = fake.requests.find((r) => r.method === 'POST' && r.path === '/v1/checkout/sessions' && r.body.client_reference_id === order.id);
    expect(create?.idempotencyKey).toBe(`checkout-session-${payment.id}`);
  });

  it('uses English paths and labels for an English shopper', async () => {
    const { order } = await createPendingOrder({ locale: 'en' });
    const session = sessionOf((await startCheckoutSession(order.id, 'en')).url);
    expect(session.success_url).toBe(`${SHOP_URL}/en/order/${order.number}?session_id={CHECKOUT_SESSION_ID}`);
    expect(session.line_items_sent.at(-1)?.name).toBe('Home delivery');
    expect(session.locale).toBe('en');
  });

  it('gives the same open session again instead of a second payable one', async () => {
    const { order } = await createPendingOrder();
    const first = await startCheckoutSession(order.id, 'fi');
    const second = await startCheckoutSession(order.id, 'fi');
    expect(second.url).toBe(first.url);
    expect(await prisma.payment.count({ where: { orderId: order.id } })).toBe(1);
  });

  it('starts a new session when the previous one expired', async () => {
    const { order } = await createPendingOrder();
    const first = sessionOf((await startCheckoutSession(order.id, 'fi')).url);
    first.status = 'expired';
    const second = sessionOf((await startCheckoutSession(order.id, 'fi')).url);
    expect(second.id).not.toBe(first.id);
    expect(await prisma.payment.findUniqueOrThrow({ where: { providerRef: first.id } })).toMatchObject({ status: 'CANCELLED' });
  });

  it('refuses an order that is no longer waiting for payment', async () => {
    const { order } = await createPendingOrder();
    await prisma.order.update({ where: { id: order.id }, data: { status: 'EXPIRED' } });
    const error = await startCheckoutSession(order.id, 'fi').catch((e: unknown) => e);
    expect(isAppError(error, 'ORDER_NOT_PAYABLE')).toBe(true);
  });

  it('charges nothing when the lines do not add up to the order total', async () => {
    const { order } = await createPendingOrder();
    await prisma.order.update({ where: { id: order.id }, data: { totalCents: order.totalCents + 1 } });
    const before = fake.sessions.size;
    await expect(startCheckoutSession(order.id, 'fi')).rejects.toThrow(/add up/);
    expect(fake.sessions.size).toBe(before);
  });

  it('says payment is unavailable when Stripe fails, and leaves no pending payment behind', async () => {
    const { order } = await createPendingOrder();
    fake.failNext('POST', '/v1/checkout/sessions', 3);
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = await startCheckoutSession(order.id, 'fi').catch((e: unknown) => e);
    log.mockRestore();
    expect(isAppError(error, 'PAYMENT_UNAVAILABLE')).toBe(true);
    expect(await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ status: 'FAILED' });
  });
});

describe('verifyCheckoutSessionForOrder', () => {
  it("accepts the order's own session id and refuses any other", async () => {
    const mine = await createPendingOrder();
    const other = await createPendingOrder();
    const session = sessionOf((await startCheckoutSession(mine.order.id, 'fi')).url);

    expect(await verifyCheckoutSessionForOrder(session.id, mine.order.id)).toBe(true);
    expect(await verifyCheckoutSessionForOrder(session.id, other.order.id)).toBe(false);
    expect(await verifyCheckoutSessionForOrder('cs_test_unknown', mine.order.id)).toBe(false);
    expect(await verifyCheckoutSessionForOrder('not a session', mine.order.id)).toBe(false);
  });
});

describe('cancelCheckout (the "back" link on the payment page)', () => {
  function tokenOf(cancelUrl: string | null) {
    return new URL(cancelUrl!).searchParams.get('token')!;
  }

  it('expires the session, cancels the order, releases its stock and hands the lines back once', async () => {
    const { order, variant, store } = await createPendingOrder({ quantity: 2, stock: 2 });
    const session = sessionOf((await startCheckoutSession(order.id, 'fi')).url);
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 2, reserved: 2 });

    const result = await cancelCheckout({ orderId: order.id, token: tokenOf(session.cancel_url) });

    expect(result).toEqual({ outcome: 'cancelled', returnToCart: [{ variantId: variant.id, quantity: 2 }] });
    expect(session.status).toBe('expired');
    expect(await orderFootprint(order.id)).toMatchObject({ status: 'CANCELLED', releases: 1, sales: 0 });
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 2, reserved: 0 });
    expect(await prisma.orderEvent.count({ where: { orderId: order.id, type: 'cancelled' } })).toBe(1);

    const again = await cancelCheckout({ orderId: order.id, token: tokenOf(session.cancel_url) });
    expect(again).toEqual({ outcome: 'cancelled', returnToCart: [] });
    await fake.settled();
    expect(await orderFootprint(order.id)).toMatchObject({ status: 'CANCELLED', releases: 1 });
  });

  it('does nothing with a token that was not made for the order', async () => {
    const mine = await createPendingOrder();
    const other = await createPendingOrder();
    const session = sessionOf((await startCheckoutSession(mine.order.id, 'fi')).url);

    const result = await cancelCheckout({ orderId: other.order.id, token: tokenOf(session.cancel_url) });

    expect(result.outcome).toBe('invalid');
    expect((await orderFootprint(other.order.id)).status).toBe('PENDING_PAYMENT');
    expect(await cancelCheckout({ orderId: mine.order.id, token: 'forged' })).toMatchObject({ outcome: 'invalid' });
    expect(session.status).toBe('open');
  });

  it('keeps the order when the payment went through just before', async () => {
    const { order, variant, store } = await createPendingOrder({ quantity: 1, stock: 1 });
    const session = sessionOf((await startCheckoutSession(order.id, 'fi')).url);
    Object.assign(session, { status: 'complete', payment_status: 'paid', payment_intent: 'pi_test_raced' });

    const result = await cancelCheckout({ orderId: order.id, token: tokenOf(session.cancel_url) });

    expect(result.outcome).toBe('paid');
    expect((await orderFootprint(order.id)).status).toBe('PENDING_PAYMENT');
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 1, reserved: 1 });
  });
});

describe('checkoutLineItems', () => {
  it('charges a line whose total is not unit price × quantity as one item of its total', async () => {
    const { checkoutLineItems } = await import('@/lib/payments/checkout-line-items');
    const items = checkoutLineItems(
      {
        currency: 'EUR',
        totalCents: 3000 + 390,
        shippingCents: 390,
        lines: [{ name: 'Kahvi', variantLabel: null, quantity: 3, unitPriceCents: 1290, lineTotalCents: 3000 }],
      },
      'Kotiinkuljetus',
    );
    expect(items).toEqual([
      { quantity: 1, price_data: { currency: 'eur', unit_amount: 3000, product_data: { name: '3 × Kahvi' } } },
      { quantity: 1, price_data: { currency: 'eur', unit_amount: 390, product_data: { name: 'Kotiinkuljetus' } } },
    ]);
  });

  it('leaves out shipping that is free', async () => {
    const { checkoutLineItems } = await import('@/lib/payments/checkout-line-items');
    const items = checkoutLineItems(
      { currency: 'EUR', totalCents: 1290, shippingCents: 0, lines: [{ name: 'Kahvi', variantLabel: '500 g', quantity: 1, unitPriceCents: 1290, lineTotalCents: 1290 }] },
      'Nouto myymälästä',
    );
    expect(items).toEqual([{ quantity: 1, price_data: { currency: 'eur', unit_amount: 1290, product_data: { name: 'Kahvi (500 g)' } } }]);
  });
});
