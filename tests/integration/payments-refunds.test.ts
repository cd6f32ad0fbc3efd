import '../support/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { recordRefund, type RecordRefundInput } from '@/lib/payments/record-refund';
import { resendPendingRefunds } from '@/lib/payments/resend-pending-refunds';
import { retryRefund } from '@/lib/payments/retry-refund';
import { sendRefund } from '@/lib/payments/send-refund';
import { startCheckoutSession } from '@/lib/payments/start-checkout-session';
import { createUser } from '../support/factories/users';
import type { FakeStripe } from '../support/fake-stripe';
import { createPendingOrder, startPaymentsFake } from './payments-fixtures';

let fake: FakeStripe;

beforeAll(async () => {
  fake = await startPaymentsFake();
});

afterAll(async () => {
  await fake.settled();
  await fake.stop();
});

/** An order of 2 × 12,90 € + 5,90 € shipping = 31,70 €, paid through (fake) Stripe. */
async function paidOrder() {
  const placed = await createPendingOrder({ quantity: 2, priceCents: 1290, shippingCents: 590 });
  const { url } = await startCheckoutSession(placed.order.id, 'fi');
  const sessionId = url.split('/pay/')[1];
  expect(await fake.pay(sessionId)).toBe(200);
  const intent = fake.sessions.get(sessionId)!.payment_intent as string;
  return { ...placed, intent };
}

/** An order paid in cash at the counter. */
async function cashPaidOrder() {
  const placed = await createPendingOrder({ quantity: 1, priceCents: 2000, shippingCents: 0 });
  await prisma.payment.create({ data: { orderId: placed.order.id, provider: 'CASH', amountCents: 2000, status: 'SUCCEEDED' } });
  return placed;
}

function record(input: RecordRefundInput) {
  return prisma.$transaction((tx) => recordRefund(tx, input));
}

function stripeRefundsFor(intent: string) {
  return [...fake.refunds.values()].filter((refund) => refund.payment_intent === intent);
}

async function refundRow(id: string) {
  return prisma.refund.findUniqueOrThrow({ where: { id }, select: { status: true, amountCents: true, providerRef: true, failureReason: true } });
}

describe('refunds of a Stripe payment', () => {
  it('pays a partial refund through Stripe once it is sent, and records it on the order', async () => {
    const { order, intent } = await paidOrder();

    const recorded = await record({ orderId: order.id, amountCents: 1290, idempotencyKey: `refund-line-${order.id}`, reason: 'missing_item' });
    expect(recorded).toMatchObject({ provider: 'STRIPE', status: 'PENDING', created: true });
    expect(stripeRefundsFor(intent)).toHaveLength(0); // nothing is paid inside the transaction

    expect(await sendRefund(recorded.id)).toBe('SUCCEEDED');
    const sent = stripeRefundsFor(intent);
    expect(sent.map((refund) => refund.amount)).toEqual([1290]);
    expect(await refundRow(recorded.id)).toMatchObject({ status: 'SUCCEEDED', providerRef: sent[0].id });
    expect(await prisma.orderEvent.count({ where: { orderId: order.id, type: 'refunded' } })).toBe(1);
  });

  it('records and pays one refund when the same refund is submitted twice at once', async () => {
    const { order, intent } = await paidOrder();
    const input = { orderId: order.id, amountCents: 500, idempotencyKey: `refund-return-${order.id}`, reason: 'return' };

    const [first, second] = await Promise.all([record(input), record(input)]);
    expect(first.id).toBe(second.id);
    expect([first.created, second.created].sort()).toEqual([false, true]);
    await Promise.all([sendRefund(first.id), sendRefund(second.id)]);

    expect(stripeRefundsFor(intent).map((refund) => refund.amount)).toEqual([500]);
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(1);
  });

  it('never refunds more than was paid, even when refunds are asked for at the same time', async () => {
    const { order, intent } = await paidOrder(); // 31,70 € paid
    const attempts = await Promise.allSettled(
      [2000, 2000, 1170].map((amountCents, i) => record({ orderId: order.id, amountCents, idempotencyKey: `cap-${order.id}-${i}`, reason: 'return' })),
    );
    const refused = attempts.filter((a) => a.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect(isAppError((refused[0] as PromiseRejectedResult).reason, 'REFUND_TOO_LARGE')).toBe(true);
    const recorded = await prisma.refund.aggregate({ where: { orderId: order.id }, _sum: { amountCents: true } });
    expect(recorded._sum.amountCents).toBeLessThanOrEqual(3170);

    for (const refund of await prisma.refund.findMany({ where: { orderId: order.id } })) await sendRefund(refund.id);
    expect(stripeRefundsFor(intent).reduce((sum, refund) => sum + refund.amount, 0)).toBe(recorded._sum.amountCents);
  });

  it('refuses a refund for an order that has not been paid, and a zero amount', async () => {
    const { order } = await createPendingOrder();
    await expect(record({ orderId: order.id, amountCents: 100, idempotencyKey: `unpaid-${order.id}`, reason: 'x' })).rejects.toMatchObject({ code: 'INVALID_STATE' });
    const paid = await paidOrder();
    await expect(record({ orderId: paid.order.id, amountCents: 0, idempotencyKey: `zero-${paid.order.id}`, reason: 'x' })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await prisma.refund.count({ where: { orderId: { in: [order.id, paid.order.id] } } })).toBe(0);
  });

  it('keeps a refund Stripe did not answer pending with the reason, and a retry pays it once', async () => {
    const { order, intent } = await paidOrder();
    const staff = await createUser({ role: 'STAFF' });
    const recorded = await record({ orderId: order.id, amountCents: 700, idempotencyKey: `refund-noanswer-${order.id}`, reason: 'return' });

    fake.failNext('POST', '/v1/refunds', 3); // the SDK tries three times
    expect(await sendRefund(recorded.id)).toBe('PENDING');
    expect((await refundRow(recorded.id)).failureReason).toBeTruthy();
    expect(stripeRefundsFor(intent)).toHaveLength(0);

    expect(await retryRefund(recorded.id, staff.id)).toBe('SUCCEEDED');
    expect(await retryRefund(recorded.id, staff.id).catch((error: unknown) => error)).toMatchObject({ code: 'INVALID_STATE' });
    expect(stripeRefundsFor(intent).map((refund) => refund.amount)).toEqual([700]);
    expect(await refundRow(recorded.id)).toMatchObject({ status: 'SUCCEEDED', failureReason: null });
  });

  it('marks a refund Stripe refused as failed, and a retry sends it again under a new key', async () => {
    const { order, intent } = await paidOrder();
    const staff = await createUser({ role: 'STAFF' });
    const recorded = await record({ orderId: order.id, amountCents: 900, idempotencyKey: `refund-refused-${order.id}`, reason: 'return' });

    fake.setRefundOutcome('failed');
    try {
      expect(await sendRefund(recorded.id)).toBe('FAILED');
    } finally {
      fake.setRefundOutcome('succeeded');
    }
    expect((await refundRow(recorded.id)).failureReason).toBeTruthy();

    expect(await retryRefund(recorded.id, staff.id)).toBe('SUCCEEDED');
    const sent = stripeRefundsFor(intent);
    expect(sent.map((refund) => refund.status)).toEqual(['failed', 'succeeded']);
    expect(await prisma.orderEvent.count({ where: { orderId: order.id, type: 'refund_retried', actorId: staff.id } })).toBe(1);
  });

  it('does not retry a failed refund when the rest of the payment has been refunded meanwhile', async () => {
    const { order } = await paidOrder();
    const staff = await createUser({ role: 'STAFF' });
    const failing = await record({ orderId: order.id, amountCents: 3000, idempotencyKey: `refund-a-${order.id}`, reason: 'return' });
    fake.setRefundOutcome('failed');
    try {
      await sendRefund(failing.id);
    } finally {
      fake.setRefundOutcome('succeeded');
    }
    const other = await record({ orderId: order.id, amountCents: 3000, idempotencyKey: `refund-b-${order.id}`, reason: 'return' });
    await sendRefund(other.id);

    await expect(retryRefund(failing.id, staff.id)).rejects.toMatchObject({ code: 'REFUND_TOO_LARGE' });
    expect((await refundRow(failing.id)).status).toBe('FAILED');
  });
});

describe('refund webhooks', () => {
  it('record the bank\'s later answer once, and complete the return the refund was for', async () => {
    const { order, intent } = await paidOrder();
    const line = await prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
    const ret = await prisma.return.create({
      data: { orderId: order.id, status: 'RECEIVED', refundTotalCents: 1290, lines: { create: [{ orderLineId: line.id, quantity: 1 }] } },
    });
    const recorded = await record({ orderId: order.id, amountCents: 1290, idempotencyKey: `refund-return-${ret.id}`, reason: 'return', returnId: ret.id });

    fake.setRefundOutcome('pending');
    try {
      expect(await sendRefund(recorded.id)).toBe('PENDING');
    } finally {
      fake.setRefundOutcome('succeeded');
    }
    const [stripeRefund] = stripeRefundsFor(intent);
    expect((await prisma.return.findUniqueOrThrow({ where: { id: ret.id } })).status).toBe('RECEIVED');

    expect(await fake.finishRefund(stripeRefund.id, 'succeeded')).toBe(200);
    expect(await refundRow(recorded.id)).toMatchObject({ status: 'SUCCEEDED' });
    expect((await prisma.return.findUniqueOrThrow({ where: { id: ret.id } })).status).toBe('REFUNDED');

    // The same event again, and a late contradicting one, change nothing.
    const delivered = fake.deliveries.at(-1)!.event as { id: string };
    expect(await fake.sendEvent('refund.updated', { ...stripeRefund }, { id: delivered.id })).toBe(200);
    stripeRefund.status = 'failed';
    expect(await fake.sendEvent('refund.updated', { ...stripeRefund })).toBe(200);
    expect(await refundRow(recorded.id)).toMatchObject({ status: 'SUCCEEDED' });
  });

  it('mark a refund the bank turned down as failed, for staff to see', async () => {
    const { order, intent } = await paidOrder();
    const recorded = await record({ orderId: order.id, amountCents: 400, idempotencyKey: `refund-late-fail-${order.id}`, reason: 'return' });
    fake.setRefundOutcome('pending');
    try {
      await sendRefund(recorded.id);
    } finally {
      fake.setRefundOutcome('succeeded');
    }
    expect(await fake.finishRefund(stripeRefundsFor(intent)[0].id, 'failed')).toBe(200);
    expect(await refundRow(recorded.id)).toMatchObject({ status: 'FAILED', failureReason: 'expired_or_canceled_card' });
  });
});

describe('refunds of money paid at the counter', () => {
  it('are done at once (staff give the money back) without calling Stripe', async () => {
    const { order } = await cashPaidOrder();
    const requestsBefore = fake.requests.length;
    const recorded = await record({ orderId: order.id, amountCents: 2000, idempotencyKey: `refund-cash-${order.id}`, reason: 'return' });
    expect(recorded).toMatchObject({ provider: 'CASH', status: 'SUCCEEDED' });
    expect(await sendRefund(recorded.id)).toBe('SUCCEEDED');
    expect(fake.requests.length).toBe(requestsBefore);
    await expect(record({ orderId: order.id, amountCents: 1, idempotencyKey: `refund-cash2-${order.id}`, reason: 'return' })).rejects.toMatchObject({ code: 'REFUND_TOO_LARGE' });
  });
});

describe('the refund sweep job', () => {
  it('sends again, once, the Stripe refunds that were never sent or not answered', async () => {
    const { order, intent } = await paidOrder();
    const unsent = await record({ orderId: order.id, amountCents: 300, idempotencyKey: `refund-unsent-${order.id}`, reason: 'return' });
    const answered = await record({ orderId: order.id, amountCents: 200, idempotencyKey: `refund-answered-${order.id}`, reason: 'return' });
    fake.setRefundOutcome('pending');
    try {
      await sendRefund(answered.id); // Stripe has it; its webhook will tell the outcome
    } finally {
      fake.setRefundOutcome('succeeded');
    }
    const later = new Date(Date.now() + 10 * 60_000);

    expect(await resendPendingRefunds(new Date())).toBe(0); // too recent: maybe still being sent
    expect(await resendPendingRefunds(later)).toBe(1);
    expect(await resendPendingRefunds(later)).toBe(0);

    expect(await refundRow(unsent.id)).toMatchObject({ status: 'SUCCEEDED' });
    expect(stripeRefundsFor(intent).map((refund) => [refund.amount, refund.status])).toEqual([
      [200, 'pending'],
      [300, 'succeeded'],
    ]);
  });
});
