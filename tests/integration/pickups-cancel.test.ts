import '../support/test-database';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { activeTotalCents } from '@/lib/orders/order-balance';
import { cancelPickupLine } from '@/lib/pickups/cancel-pickup-line';
import { cancelStorePickupOrder } from '@/lib/pickups/cancel-store-pickup-order';
import { markPickupReady } from '@/lib/pickups/mark-pickup-ready';
import { receivePickupTransfer } from '@/lib/pickups/receive-pickup-transfer';
import { setLinePicked } from '@/lib/pickups/set-line-picked';
import { stockLedgerProblems } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import type { FakeStripe } from '../support/fake-stripe';
import { startPaymentsFake } from './payments-fixtures';
import { createStaff, outboxFor, pickupOrder, product, stockAt, storeWithWarehouse } from './pickups-fixtures';

vi.mock('@/lib/jobs/send-outbox-soon', () => ({ sendOutboxSoon: async () => {} }));

const DAY = 86_400_000;
let fake: FakeStripe;
let storeId: string;
let staffId: string;

beforeAll(async () => {
  fake = await startPaymentsFake();
  storeId = (await createStore()).id;
  staffId = (await createStaff([storeId])).id;
});

afterAll(async () => {
  await fake.settled();
  await fake.stop();
});

function stripeRefundAmounts(orderId: string) {
  return [...fake.refunds.values()].filter((refund) => refund.metadata.orderId === orderId).map((refund) => refund.amount);
}

async function orderWithLines(orderId: string) {
  return prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true, pickup: true } });
}

async function twoLineOrder(payWith?: FakeStripe, store = storeId) {
  const mug = await product(1290, { [store]: 5 });
  const tea = await product(850, { [store]: 5 });
  const order = await pickupOrder({ storeId: store, payWith, items: [{ variantId: mug.id, quantity: 2 }, { variantId: tea.id, quantity: 1 }] });
  const mugLine = order.lines.find((line) => line.variantId === mug.id)!;
  const teaLine = order.lines.find((line) => line.variantId === tea.id)!;
  return { order, mug, tea, mugLine, teaLine };
}

describe('a missing line', () => {
  it('of a paid order is refunded once, exactly its total, through Stripe, even when submitted twice', async () => {
    const { order, mugLine } = await twoLineOrder(fake);
    expect(order.totalCents).toBe(2 * 1290 + 850);

    const results = await Promise.allSettled([
      cancelPickupLine({ storeId, orderId: order.id, lineId: mugLine.id }, staffId),
      cancelPickupLine({ storeId, orderId: order.id, lineId: mugLine.id }, staffId),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(isAppError(refused.reason, 'INVALID_STATE')).toBe(true);
    await fake.settled();

    expect(stripeRefundAmounts(order.id)).toEqual([2580]);
    const refunds = await prisma.refund.findMany({ where: { orderId: order.id } });
    expect(refunds).toMatchObject([{ amountCents: 2580, status: 'SUCCEEDED', idempotencyKey: `refund-line-${mugLine.id}` }]);
    const after = await orderWithLines(order.id);
    expect(after.status).toBe('PAID');
    expect(activeTotalCents(after)).toBe(850);
    expect(after.lines.find((line) => line.id === mugLine.id)!.cancelledAt).not.toBeNull();
    expect(await outboxFor('pickup.line-cancelled', mugLine.id)).toHaveLength(1);
  });

  it('of a pay-at-pickup order releases that hold only, with movements that add up', async () => {
    const { order, mug, tea, mugLine } = await twoLineOrder();
    expect(await stockAt(mug.id, storeId)).toEqual({ onHand: 5, reserved: 2 });

    await cancelPickupLine({ storeId, orderId: order.id, lineId: mugLine.id }, staffId);

    expect(await stockAt(mug.id, storeId)).toEqual({ onHand: 5, reserved: 0 });
    expect(await stockAt(tea.id, storeId)).toEqual({ onHand: 5, reserved: 1 });
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
    const email = (await outboxFor('pickup.line-cancelled', mugLine.id))[0];
    expect(email.text).toContain('8,50'); // what is left to pay at the counter
    expect(await stockLedgerProblems()).toEqual([]);
  });

  it('that is the last one cancels the order (one e-mail about the whole order)', async () => {
    const order = await pickupOrder({ storeId, payWith: fake });
    await cancelPickupLine({ storeId, orderId: order.id, lineId: order.lines[0].id }, staffId);
    await fake.settled();
    expect((await orderWithLines(order.id)).status).toBe('CANCELLED');
    expect(stripeRefundAmounts(order.id)).toEqual([order.totalCents]);
    expect(await outboxFor('pickup.cancelled', order.id)).toHaveLength(1);
    expect(await outboxFor('pickup.line-cancelled', order.lines[0].id)).toHaveLength(0);
  });
});

describe('cancelling a pickup order', () => {
  it('paid: refunds what is still paid, puts the found goods back on the shelf, and tells the customer', async () => {
    const { order, mug, tea, mugLine } = await twoLineOrder(fake);
    expect(await stockAt(mug.id, storeId)).toEqual({ onHand: 3, reserved: 0 });
    await cancelPickupLine({ storeId, orderId: order.id, lineId: mugLine.id }, staffId); // the mugs were not found

    await cancelStorePickupOrder({ storeId, orderId: order.id, reason: 'missing_items' }, staffId);
    await fake.settled();

    const after = await orderWithLines(order.id);
    expect(after.status).toBe('CANCELLED');
    expect(after.pickup!.status).toBe('CANCELLED');
    expect(stripeRefundAmounts(order.id).sort()).toEqual([2580, 850].sort());
    expect(await stockAt(tea.id, storeId)).toEqual({ onHand: 5, reserved: 0 }); // found: back on the shelf
    expect(await stockAt(mug.id, storeId)).toEqual({ onHand: 3, reserved: 0 }); // missing: not restocked
    const [email] = await outboxFor('pickup.cancelled', order.id);
    expect(email.text).toContain('34,30'); // everything paid comes back: 25,80 + 8,50
    expect(await stockLedgerProblems()).toEqual([]);
    expect(isAppError(await cancelStorePickupOrder({ storeId, orderId: order.id, reason: 'missing_items' }, staffId).catch((e) => e), 'INVALID_STATE')).toBe(true);
  });

  it('pay at pickup: releases the holds and charges nothing', async () => {
    const { order, mug, tea } = await twoLineOrder();
    const result = await cancelStorePickupOrder({ storeId, orderId: order.id, reason: 'missing_items' }, staffId);
    expect(result.refundId).toBeNull();
    expect(await stockAt(mug.id, storeId)).toEqual({ onHand: 5, reserved: 0 });
    expect(await stockAt(tea.id, storeId)).toEqual({ onHand: 5, reserved: 0 });
    expect((await orderWithLines(order.id)).status).toBe('CANCELLED');
    expect((await outboxFor('pickup.cancelled', order.id))[0].text).toContain('Sinulta ei veloiteta mitään');
    expect(await stockLedgerProblems()).toEqual([]);
  });

  it('not collected: only after the deadline; refunds and restocks a paid order', async () => {
    const variant = await product(2000, { [storeId]: 1 });
    const order = await pickupOrder({ storeId, payWith: fake, items: [{ variantId: variant.id, quantity: 1 }] });
    await setLinePicked({ storeId, orderId: order.id, lineId: order.lines[0].id, picked: true });
    await markPickupReady({ storeId, orderId: order.id }, staffId, new Date(Date.now() - 2 * DAY));

    const early = await cancelStorePickupOrder({ storeId, orderId: order.id, reason: 'uncollected' }, staffId).catch((e) => e);
    expect(isAppError(early, 'INVALID_STATE')).toBe(true);

    await prisma.pickup.update({ where: { orderId: order.id }, data: { deadlineAt: new Date(Date.now() - 60_000) } });
    expect(await stockAt(variant.id, storeId)).toEqual({ onHand: 0, reserved: 0 });
    await cancelStorePickupOrder({ storeId, orderId: order.id, reason: 'uncollected' }, staffId);
    await fake.settled();

    const after = await orderWithLines(order.id);
    expect(after.status).toBe('CANCELLED');
    expect(after.pickup!.status).toBe('EXPIRED');
    expect(stripeRefundAmounts(order.id)).toEqual([2000]);
    expect((await prisma.refund.findFirstOrThrow({ where: { orderId: order.id } })).idempotencyKey).toBe(`refund-uncollected-${order.id}`);
    expect(await stockAt(variant.id, storeId)).toEqual({ onHand: 1, reserved: 0 });
    expect(await stockLedgerProblems()).toEqual([]);
  });
});

describe('ship to store', () => {
  it('receiving the transfer of a pay-at-pickup order moves its hold to the pickup store', async () => {
    const { store, warehouse } = await storeWithWarehouse();
    const staff = await createStaff([store.id]);
    const variant = await product(990, { [warehouse.id]: 4 });
    const order = await pickupOrder({ storeId: store.id, items: [{ variantId: variant.id, quantity: 3 }] });
    const transfer = await prisma.stockTransfer.findFirstOrThrow({ where: { orderId: order.id } });
    expect(await stockAt(variant.id, warehouse.id)).toEqual({ onHand: 4, reserved: 3 });

    await receivePickupTransfer({ storeId: store.id, transferId: transfer.id }, staff.id);

    expect(await stockAt(variant.id, warehouse.id)).toEqual({ onHand: 1, reserved: 0 });
    expect(await stockAt(variant.id, store.id)).toEqual({ onHand: 3, reserved: 3 });
    expect(await prisma.reservation.findMany({ where: { orderId: order.id, status: 'ACTIVE' }, select: { storeId: true, quantity: true } })).toEqual([
      { storeId: store.id, quantity: 3 },
    ]);
    expect((await prisma.stockTransfer.findUniqueOrThrow({ where: { id: transfer.id } })).status).toBe('RECEIVED');
    expect(await stockLedgerProblems()).toEqual([]);
    const again = await receivePickupTransfer({ storeId: store.id, transferId: transfer.id }, staff.id).catch((e) => e);
    expect(isAppError(again, 'INVALID_STATE')).toBe(true);
    // Another store's staff cannot receive it.
    expect(isAppError(await receivePickupTransfer({ storeId: warehouse.id, transferId: transfer.id }, staff.id).catch((e) => e), 'NOT_FOUND')).toBe(true);

    // Now it can be made ready, and cancelling it releases the hold where the goods now are.
    await setLinePicked({ storeId: store.id, orderId: order.id, lineId: order.lines[0].id, picked: true });
    await cancelStorePickupOrder({ storeId: store.id, orderId: order.id, reason: 'missing_items' }, staff.id);
    expect(await stockAt(variant.id, store.id)).toEqual({ onHand: 3, reserved: 0 });
    expect(await stockLedgerProblems()).toEqual([]);
  });

  it('cancelling a paid order whose transfer has not arrived puts the goods back at the source and cancels the transfer', async () => {
    const { store, warehouse } = await storeWithWarehouse();
    const variant = await product(990, { [warehouse.id]: 2 });
    const order = await pickupOrder({ storeId: store.id, payWith: fake, items: [{ variantId: variant.id, quantity: 2 }] });
    expect(await stockAt(variant.id, warehouse.id)).toEqual({ onHand: 0, reserved: 0 });

    await cancelStorePickupOrder({ storeId: store.id, orderId: order.id, reason: 'missing_items' }, staffId);
    await fake.settled();

    expect(await stockAt(variant.id, warehouse.id)).toEqual({ onHand: 2, reserved: 0 });
    expect(await stockAt(variant.id, store.id)).toEqual({ onHand: 0, reserved: 0 });
    expect((await prisma.stockTransfer.findFirstOrThrow({ where: { orderId: order.id } })).status).toBe('CANCELLED');
    expect(stripeRefundAmounts(order.id)).toEqual([1980]);
    expect(await stockLedgerProblems()).toEqual([]);
  });
});
