// Holds on stock after the order: released or turned into sales exactly once, and expired by the job.
import { beforeAll, describe, expect, it } from 'vitest';
import { placeOrder } from '@/lib/checkout/place-order';
import { prisma } from '@/lib/db';
import { convertOrderReservations } from '@/lib/inventory/convert-order-reservations';
import { releaseExpiredReservations } from '@/lib/inventory/release-expired-reservations';
import { releaseOrderReservations } from '@/lib/inventory/release-order-reservations';
import { createProduct } from '../support/factories/catalog';
import { checkoutInput, createCart, enableCardPayments, stockLedgerProblems } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import '../support/test-database';

enableCardPayments();
const MINUTE = 60_000;

let storeId: string;
beforeAll(async () => {
  storeId = (await createStore()).id;
});

/** A card order of `quantity` units (10 on hand) placed at `placedAt`; hold of 15 minutes. */
async function cardOrder(quantity: number, placedAt = new Date(), payment: 'CARD' | 'PAY_AT_PICKUP' = 'CARD') {
  const product = await createProduct({ stock: { [storeId]: 10 } });
  const variantId = product.variants[0].id;
  const { cartId, actor } = await createCart({ items: [{ variantId, quantity }] });
  const placed = await placeOrder(checkoutInput(cartId, { storeId, payment }), actor, placedAt);
  return { orderId: placed.orderId, variantId };
}

async function level(variantId: string) {
  return prisma.stockLevel.findUniqueOrThrow({ where: { variantId_storeId: { variantId, storeId } }, select: { onHand: true, reserved: true } });
}

async function movementTypes(orderId: string) {
  return (await prisma.stockMovement.findMany({ where: { orderId }, orderBy: { createdAt: 'asc' }, select: { type: true } })).map((m) => m.type);
}

describe('releasing an order’s hold', () => {
  it('gives the units back once; a second release changes nothing', async () => {
    const { orderId, variantId } = await cardOrder(3);
    expect(await level(variantId)).toEqual({ onHand: 10, reserved: 3 });

    expect(await prisma.$transaction((tx) => releaseOrderReservations(tx, orderId, 'payment_failed'))).toBe(1);
    expect(await prisma.$transaction((tx) => releaseOrderReservations(tx, orderId, 'payment_failed'))).toBe(0);

    expect(await level(variantId)).toEqual({ onHand: 10, reserved: 0 });
    expect(await movementTypes(orderId)).toEqual(['RESERVE', 'RELEASE']);
    expect((await prisma.reservation.findFirstOrThrow({ where: { orderId } })).status).toBe('RELEASED');
    expect(await stockLedgerProblems()).toEqual([]);
  });

  it('two releases at the same moment still give the units back once', async () => {
    const { orderId, variantId } = await cardOrder(2);
    const counts = await Promise.all([1, 2, 3].map(() => prisma.$transaction((tx) => releaseOrderReservations(tx, orderId, 'cancelled'))));
    expect(counts.sort()).toEqual([0, 0, 1]);
    expect(await level(variantId)).toEqual({ onHand: 10, reserved: 0 });
    expect(await stockLedgerProblems()).toEqual([]);
  });
});

describe('turning a hold into a sale', () => {
  it('takes the units off the shelf exactly once, however often the payment is reported', async () => {
    const { orderId, variantId } = await cardOrder(4);
    const counts = await Promise.all([1, 2, 3].map(() => prisma.$transaction((tx) => convertOrderReservations(tx, orderId))));
    expect(counts.sort()).toEqual([0, 0, 1]);
    expect(await prisma.$transaction((tx) => convertOrderReservations(tx, orderId))).toBe(0);

    expect(await level(variantId)).toEqual({ onHand: 6, reserved: 0 });
    expect(await movementTypes(orderId)).toEqual(['RESERVE', 'SALE']);
    expect(await stockLedgerProblems()).toEqual([]);
  });

  it('a sold order’s units are not released afterwards, and a released hold is not sold', async () => {
    const sold = await cardOrder(1);
    await prisma.$transaction((tx) => convertOrderReservations(tx, sold.orderId));
    expect(await prisma.$transaction((tx) => releaseOrderReservations(tx, sold.orderId, 'late cancel'))).toBe(0);
    expect(await level(sold.variantId)).toEqual({ onHand: 9, reserved: 0 });

    const released = await cardOrder(1);
    await prisma.$transaction((tx) => releaseOrderReservations(tx, released.orderId, 'expired'));
    expect(await prisma.$transaction((tx) => convertOrderReservations(tx, released.orderId))).toBe(0);
    expect(await level(released.variantId)).toEqual({ onHand: 10, reserved: 0 });
    expect(await stockLedgerProblems()).toEqual([]);
  });
});

describe('the expiry job', () => {
  it('expires exactly the unpaid orders whose hold has run out, once', async () => {
    const now = new Date('2026-05-04T12:00:00Z');
    const expired = await cardOrder(2, new Date(now.getTime() - 16 * MINUTE));
    const justExpired = await cardOrder(1, new Date(now.getTime() - 15 * MINUTE));
    const stillHeld = await cardOrder(1, new Date(now.getTime() - 14 * MINUTE));
    const payAtPickup = await cardOrder(1, new Date(now.getTime() - 30 * 86_400_000), 'PAY_AT_PICKUP');
    const paid = await cardOrder(1, new Date(now.getTime() - 60 * MINUTE));
    await prisma.$transaction(async (tx) => {
      await tx.order.update({ where: { id: paid.orderId }, data: { status: 'PAID' } });
      await convertOrderReservations(tx, paid.orderId);
    });

    expect(await releaseExpiredReservations(now)).toBe(2);

    for (const { orderId, variantId } of [expired, justExpired]) {
      const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { events: true, pickup: true } });
      expect(order.status).toBe('EXPIRED');
      expect(order.events.map((event) => event.type)).toEqual(['placed', 'expired']);
      expect(order.pickup?.status).toBe('CANCELLED');
      expect(await level(variantId)).toEqual({ onHand: 10, reserved: 0 });
    }
    expect((await prisma.order.findUniqueOrThrow({ where: { id: stillHeld.orderId } })).status).toBe('PENDING_PAYMENT');
    expect(await level(stillHeld.variantId)).toEqual({ onHand: 10, reserved: 1 });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: payAtPickup.orderId } })).status).toBe('PAY_AT_PICKUP');
    expect(await level(payAtPickup.variantId)).toEqual({ onHand: 10, reserved: 1 });
    expect(await level(paid.variantId)).toEqual({ onHand: 9, reserved: 0 });

    expect(await releaseExpiredReservations(now)).toBe(0);
    expect(await movementTypes(expired.orderId)).toEqual(['RESERVE', 'RELEASE']);
    expect(await stockLedgerProblems()).toEqual([]);
  });
});
