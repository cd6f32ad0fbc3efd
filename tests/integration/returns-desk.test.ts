// The returns desk's rules on a real database, with refunds through the fake Stripe: goods taken
// back at any store, restocked where they came in, refunded once and never beyond what was paid.
import '../support/test-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { recordRefund } from '@/lib/payments/record-refund';
import { listDeskRefundsNeedingAttention } from '@/lib/returns/desk-list-attention';
import { retryDeskRefund } from '@/lib/returns/desk-retry-refund';
import { receiveReturn } from '@/lib/returns/receive-return';
import type { FakeStripe } from '../support/fake-stripe';
import { stockLedgerProblems } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import { startPaymentsFake } from './payments-fixtures';
import { counterPaidOrder, createOwner, createStaff, onHand, registerReturn, stripePaidOrder, twoStores } from './returns-desk-fixtures';

let fake: FakeStripe;

beforeAll(async () => {
  fake = await startPaymentsFake();
});

afterAll(async () => {
  await fake.settled();
  await fake.stop();
});

const resaleable = { condition: 'RESALEABLE' as const, restock: true };

function stripeRefundsFor(orderId: string) {
  return [...fake.refunds.values()].filter((refund) => refund.metadata.orderId === orderId);
}

/** What a failed attempt must leave untouched. */
async function returnFootprint(orderId: string) {
  const [order, returns, refunds, movements] = await Promise.all([
    prisma.order.findUniqueOrThrow({ where: { id: orderId }, select: { returnStatus: true } }),
    prisma.return.findMany({ where: { orderId }, select: { status: true } }),
    prisma.refund.count({ where: { orderId } }),
    prisma.stockMovement.count({ where: { orderId, type: 'RETURN' } }),
  ]);
  return { returnStatus: order.returnStatus, returns: returns.map((r) => r.status), refunds, movements, stripeRefunds: stripeRefundsFor(orderId).length };
}

describe('receiving a return at the desk', () => {
  it('takes back at store B a registered return of an order picked up at store A: B restocks, Stripe refunds the line, the customer gets a receipt', async () => {
    const { storeA, storeB } = await twoStores();
    const staffB = await createStaff(storeB.id);
    const { order, line, variant } = await stripePaidOrder(fake, { pickedUpAt: storeA.id, quantity: 2, priceCents: 1290 });
    const registered = await registerReturn(order.id, [{ orderLineId: line.id, quantity: 1 }], storeB.id);

    const received = await receiveReturn(
      { storeId: storeB.id, target: { returnId: registered.id }, lines: [{ orderLineId: line.id, quantity: 1, ...resaleable }] },
      staffB,
    );

    expect(received.refund).toMatchObject({ amountCents: 1290, provider: 'STRIPE', status: 'SUCCEEDED' });
    expect(await onHand(variant.id, storeB.id)).toBe(1);
    const movements = await prisma.stockMovement.findMany({ where: { orderId: order.id, type: 'RETURN' } });
    expect(movements).toMatchObject([{ storeId: storeB.id, variantId: variant.id, onHandDelta: 1, actorId: staffB.id }]);
    expect(stripeRefundsFor(order.id).map((refund) => refund.amount)).toEqual([1290]);
    const saved = await prisma.return.findUniqueOrThrow({ where: { id: registered.id }, include: { lines: true } });
    expect(saved).toMatchObject({ status: 'REFUNDED', storeId: storeB.id, receivedById: staffB.id, refundTotalCents: 1290 });
    expect(saved.lines).toMatchObject([{ orderLineId: line.id, quantity: 1, condition: 'RESALEABLE', restock: true }]);
    const after = await prisma.order.findUniqueOrThrow({ where: { id: order.id }, select: { returnStatus: true, events: { where: { type: 'returned' } } } });
    expect(after.returnStatus).toBe('PARTIALLY_RETURNED');
    expect(after.events).toHaveLength(1);
    const receipt = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'return.receipt', reference: registered.id } });
    expect(receipt.toEmail).toBe(order.email);
    expect(receipt.subject).toContain(`R-${registered.number}`);
    expect(receipt.text).toContain('12,90');
    expect(receipt.text).toContain(storeB.name);
    expect(await stockLedgerProblems()).toEqual([]);
  });

  it('records what came back when the customer brings less than they announced', async () => {
    const { storeB } = await twoStores();
    const staffB = await createStaff(storeB.id);
    const { order, line } = await stripePaidOrder(fake, { quantity: 2, priceCents: 1290 });
    const registered = await registerReturn(order.id, [{ orderLineId: line.id, quantity: 2 }], storeB.id);

    const received = await receiveReturn(
      { storeId: storeB.id, target: { returnId: registered.id }, lines: [{ orderLineId: line.id, quantity: 1, ...resaleable }] },
      staffB,
    );

    expect(received.refund?.amountCents).toBe(1290);
    expect(await prisma.returnLine.findMany({ where: { returnId: registered.id }, select: { quantity: true } })).toEqual([{ quantity: 1 }]);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).returnStatus).toBe('PARTIALLY_RETURNED');
  });

  it('receives a return pressed twice at once only once: one refund at Stripe, one unit back on the shelf', async () => {
    const { storeA, storeB } = await twoStores();
    const staffB = await createStaff(storeB.id);
    const { order, line, variant } = await stripePaidOrder(fake, { pickedUpAt: storeA.id, quantity: 1 });
    const registered = await registerReturn(order.id, [{ orderLineId: line.id, quantity: 1 }], storeB.id);
    const input = { storeId: storeB.id, target: { returnId: registered.id }, lines: [{ orderLineId: line.id, quantity: 1, ...resaleable }] };

    const results = await Promise.allSettled([receiveReturn(input, staffB), receiveReturn(input, staffB)]);

    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'INVALID_STATE' });
    expect(await returnFootprint(order.id)).toEqual({ returnStatus: 'RETURNED', returns: ['REFUNDED'], refunds: 1, movements: 1, stripeRefunds: 1 });
    expect(await onHand(variant.id, storeB.id)).toBe(1);
  });

  it('refuses more than was bought, the same line twice, and more than is left after an earlier return; nothing changes', async () => {
    const { storeB } = await twoStores();
    const staffB = await createStaff(storeB.id);
    const { order, line } = await stripePaidOrder(fake, { quantity: 2 });
    const walkIn = (lines: { quantity: number }[]) =>
      receiveReturn({ storeId: storeB.id, target: { orderId: order.id }, lines: lines.map((l) => ({ orderLineId: line.id, ...resaleable, ...l })) }, staffB);

    await expect(walkIn([{ quantity: 3 }])).rejects.toMatchObject({ code: 'VALIDATION', message: 'storeReturns.errors.tooMany' });
    await expect(walkIn([{ quantity: 1 }, { quantity: 1 }])).rejects.toMatchObject({ message: 'storeReturns.errors.lineTwice' });
    expect(await returnFootprint(order.id)).toEqual({ returnStatus: 'NONE', returns: [], refunds: 0, movements: 0, stripeRefunds: 0 });

    await walkIn([{ quantity: 1 }]);
    await expect(walkIn([{ quantity: 2 }])).rejects.toMatchObject({ message: 'storeReturns.errors.tooMany' });
    await walkIn([{ quantity: 1 }]);
    // Once everything has come back, the desk says so (not "too many").
    await expect(walkIn([{ quantity: 1 }])).rejects.toMatchObject({ message: 'storeReturns.errors.allReturned' });
    expect(await returnFootprint(order.id)).toEqual({ returnStatus: 'RETURNED', returns: ['REFUNDED', 'REFUNDED'], refunds: 2, movements: 2, stripeRefunds: 2 });
  });

  it('refunds shipping only with the last item, and never more than was paid', async () => {
    const { storeB } = await twoStores();
    const staffB = await createStaff(storeB.id);
    const { order, line } = await stripePaidOrder(fake, { quantity: 2, priceCents: 1290, shippingCents: 590, locale: 'en' });
    const one = { storeId: storeB.id, target: { orderId: order.id }, lines: [{ orderLineId: line.id, quantity: 1, ...resaleable }] };

    const first = await receiveReturn(one, staffB);
    const last = await receiveReturn(one, staffB);

    expect(first.refund?.amountCents).toBe(1290);
    expect(last.refund?.amountCents).toBe(1290 + 590);
    expect(stripeRefundsFor(order.id).map((refund) => refund.amount)).toEqual([1290, 1880]);
    const refunded = await prisma.refund.aggregate({ where: { orderId: order.id }, _sum: { amountCents: true } });
    expect(refunded._sum.amountCents).toBe(order.totalCents);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).returnStatus).toBe('RETURNED');
    // The receipt is in the order's language and shows the shipping given back.
    const receipt = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'return.receipt', reference: last.returnId } });
    expect(receipt.subject).toBe(`Return R-${last.number} received (order ${order.number})`);
    expect(receipt.text).toContain('Shipping: €5.90');
    expect(receipt.text).toContain('We are refunding €18.80');
  });

  it('cuts the refund down to what is left of the payment after an earlier refund', async () => {
    const { storeB } = await twoStores();
    const staffB = await createStaff(storeB.id);
    const { order, line } = await stripePaidOrder(fake, { quantity: 2, priceCents: 1290, shippingCents: 590 });
    await prisma.$transaction((tx) => recordRefund(tx, { orderId: order.id, amountCents: 2000, idempotencyKey: `goodwill-${order.id}`, reason: 'goodwill' }));

    const received = await receiveReturn({ storeId: storeB.id, target: { orderId: order.id }, lines: [{ orderLineId: line.id, quantity: 2, ...resaleable }] }, staffB);

    expect(received.refund?.amountCents).toBe(order.totalCents - 2000);
  });

  it('leaves damaged goods off the shelf when staff do not restock them, and still refunds', async () => {
    const { storeA, storeB } = await twoStores();
    const staffB = await createStaff(storeB.id);
    const { order, line, variant } = await stripePaidOrder(fake, { pickedUpAt: storeA.id, quantity: 1 });

    const received = await receiveReturn(
      { storeId: storeB.id, target: { orderId: order.id }, lines: [{ orderLineId: line.id, quantity: 1, condition: 'DAMAGED', restock: false }] },
      staffB,
    );

    expect(received.refund?.status).toBe('SUCCEEDED');
    expect(await onHand(variant.id, storeB.id)).toBe(0);
    expect(await prisma.stockMovement.count({ where: { orderId: order.id, type: 'RETURN' } })).toBe(0);
    const saved = await prisma.returnLine.findFirstOrThrow({ where: { returnId: received.returnId } });
    expect(saved).toMatchObject({ condition: 'DAMAGED', restock: false });
  });

  it('gives a cash-paid order its money back in cash at once, without Stripe', async () => {
    const storeA = await createStore();
    const staffA = await createStaff(storeA.id);
    const { order, line, variant } = await counterPaidOrder(storeA.id, 'CASH', { priceCents: 2490 });
    const requestsBefore = fake.requests.length;

    const received = await receiveReturn({ storeId: storeA.id, target: { orderId: order.id }, lines: [{ orderLineId: line.id, quantity: 1, ...resaleable }] }, staffA);

    expect(received.refund).toMatchObject({ amountCents: 2490, provider: 'CASH', status: 'SUCCEEDED' });
    expect(fake.requests.length).toBe(requestsBefore);
    expect(await onHand(variant.id, storeA.id)).toBe(4);
    expect((await prisma.return.findUniqueOrThrow({ where: { id: received.returnId } })).status).toBe('REFUNDED');
    const receipt = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'return.receipt', reference: received.returnId } });
    expect(receipt.text).toContain('käteisenä');
  });

  it('shows a refund Stripe did not answer as needing attention; the retry pays it once', async () => {
    const { storeB } = await twoStores();
    const staffB = await createStaff(storeB.id);
    const { order, line } = await stripePaidOrder(fake, { quantity: 1, priceCents: 1990, shippingCents: 0 });
    fake.failNext('POST', '/v1/refunds', 3); // the first try and the SDK's two retries

    const received = await receiveReturn({ storeId: storeB.id, target: { orderId: order.id }, lines: [{ orderLineId: line.id, quantity: 1, ...resaleable }] }, staffB);

    expect(received.refund?.status).toBe('PENDING');
    const attention = await listDeskRefundsNeedingAttention(storeB.id);
    expect(attention.map((refund) => refund.id)).toEqual([received.refund!.id]);
    expect(attention[0].failureReason).toBeTruthy();
    expect(await listDeskRefundsNeedingAttention((await createStore()).id)).toEqual([]);

    expect(await retryDeskRefund({ storeId: storeB.id, refundId: received.refund!.id }, staffB)).toBe('SUCCEEDED');
    expect(await retryDeskRefund({ storeId: storeB.id, refundId: received.refund!.id }, staffB).catch((e) => e.code)).toBe('INVALID_STATE');
    expect(stripeRefundsFor(order.id).map((refund) => refund.amount)).toEqual([1990]);
    expect(await listDeskRefundsNeedingAttention(storeB.id)).toEqual([]);
    expect((await prisma.return.findUniqueOrThrow({ where: { id: received.returnId } })).status).toBe('REFUNDED');
  });

  it('refuses staff outside the return window; the owner may override it with a reason, which is recorded', async () => {
    const { storeB } = await twoStores();
    const staffB = await createStaff(storeB.id);
    const owner = await createOwner();
    const { order, line } = await stripePaidOrder(fake, { quantity: 1, daysAgo: 45 });
    const input = { storeId: storeB.id, target: { orderId: order.id }, lines: [{ orderLineId: line.id, quantity: 1, ...resaleable }] };

    await expect(receiveReturn(input, staffB)).rejects.toMatchObject({ message: 'storeReturns.errors.outsideWindow' });
    await expect(receiveReturn({ ...input, override: { reason: 'Tehdasvika' } }, staffB)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(receiveReturn({ ...input, override: { reason: '  ' } }, owner)).rejects.toMatchObject({ message: 'storeReturns.errors.overrideReasonRequired' });
    expect(await returnFootprint(order.id)).toMatchObject({ returns: [], refunds: 0 });

    const received = await receiveReturn({ ...input, override: { reason: 'Tehdasvika' } }, owner);

    const saved = await prisma.return.findUniqueOrThrow({ where: { id: received.returnId } });
    expect(saved).toMatchObject({ windowOverrideReason: 'Tehdasvika', windowOverrideById: owner.id, status: 'REFUNDED' });
  });

  it('does not receive a registered return that is no longer waiting, nor at a store without returns or for staff of another store', async () => {
    const { storeA, storeB } = await twoStores();
    const staffA = await createStaff(storeA.id);
    const staffB = await createStaff(storeB.id);
    const { order, line } = await stripePaidOrder(fake, { pickedUpAt: storeA.id, quantity: 1 });
    const cancelled = await registerReturn(order.id, [{ orderLineId: line.id, quantity: 1 }], storeB.id);
    await prisma.return.update({ where: { id: cancelled.id }, data: { status: 'CANCELLED' } });
    const lines = [{ orderLineId: line.id, quantity: 1, ...resaleable }];

    await expect(receiveReturn({ storeId: storeB.id, target: { returnId: cancelled.id }, lines }, staffB)).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await expect(receiveReturn({ storeId: storeA.id, target: { orderId: order.id }, lines }, staffB)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const closed = await createStore({ returnsEnabled: false });
    const staffClosed = await createStaff(closed.id);
    await expect(receiveReturn({ storeId: closed.id, target: { orderId: order.id }, lines }, staffClosed)).rejects.toMatchObject({ message: 'storeReturns.errors.returnsDisabled' });
    expect(await returnFootprint(order.id)).toMatchObject({ returns: ['CANCELLED'], refunds: 0, movements: 0 });

    await receiveReturn({ storeId: storeA.id, target: { orderId: order.id }, lines }, staffA);
    expect(await returnFootprint(order.id)).toMatchObject({ returnStatus: 'RETURNED', refunds: 1, movements: 1 });
  });
});
