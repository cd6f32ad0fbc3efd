// Stock per store in the back office: counts, deliveries and transfers between stores. Every
// change leaves a movement (so the ledger always adds up to the stock level) and an audit entry.
import '../support/test-database';
import { beforeAll, describe, expect, it } from 'vitest';
import { adjustStock } from '@/lib/admin/stock/adjust-stock';
import { cancelTransfer } from '@/lib/admin/stock/cancel-transfer';
import { createTransfer } from '@/lib/admin/stock/create-transfer';
import { getProductStock } from '@/lib/admin/stock/get-product-stock';
import { listStockMovements } from '@/lib/admin/stock/list-stock-movements';
import { receiveStock } from '@/lib/admin/stock/receive-stock';
import { receiveTransfer } from '@/lib/admin/stock/receive-transfer';
import { shipTransfer } from '@/lib/admin/stock/ship-transfer';
import { prisma } from '@/lib/db';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';

let owner: { id: string };
let storeA: { id: string };
let storeB: { id: string };

beforeAll(async () => {
  owner = await createUser({ role: 'OWNER' });
  storeA = await createStore();
  storeB = await createStore();
});

async function level(variantId: string, storeId: string) {
  return prisma.stockLevel.findUnique({ where: { variantId_storeId: { variantId, storeId } }, select: { onHand: true, reserved: true } });
}

/** The ledger adds up: the movements of every stock row sum to its on-hand and reserved counts. */
async function expectLedgerAddsUp(variantId: string) {
  const levels = await prisma.stockLevel.findMany({ where: { variantId } });
  for (const row of levels) {
    const sums = await prisma.stockMovement.aggregate({ where: { variantId, storeId: row.storeId }, _sum: { onHandDelta: true, reservedDelta: true } });
    expect({ onHand: sums._sum.onHandDelta ?? 0, reserved: sums._sum.reservedDelta ?? 0 }).toEqual({ onHand: row.onHand, reserved: row.reserved });
  }
}

/** Holds units for an order the way checkout does (reserved up, a RESERVE movement). */
async function reserve(variantId: string, storeId: string, quantity: number) {
  await prisma.stockLevel.update({ where: { variantId_storeId: { variantId, storeId } }, data: { reserved: { increment: quantity } } });
  await prisma.stockMovement.create({ data: { variantId, storeId, type: 'RESERVE', reservedDelta: quantity, reason: 'test hold' } });
}

describe('adjusting a count', () => {
  it('sets a counted number or adds and takes away, with the reason in the movement and the audit log', async () => {
    const product = await createProduct({ stock: { [storeA.id]: 10 } });
    const variantId = product.variants[0].id;

    expect((await adjustStock({ variantId, storeId: storeA.id, mode: 'set', quantity: 7, reason: 'inventaario' }, owner.id)).onHand).toBe(7);
    expect((await adjustStock({ variantId, storeId: storeA.id, mode: 'delta', quantity: -2, reason: 'rikki' }, owner.id)).onHand).toBe(5);
    expect(await level(variantId, storeA.id)).toEqual({ onHand: 5, reserved: 0 });

    const movements = await prisma.stockMovement.findMany({ where: { variantId, type: 'ADJUST' }, orderBy: { createdAt: 'asc' } });
    expect(movements.map((m) => [m.onHandDelta, m.reason, m.actorId])).toEqual([
      [-3, 'inventaario', owner.id],
      [-2, 'rikki', owner.id],
    ]);
    const audit = await prisma.auditLog.findMany({ where: { action: 'stock.adjusted', entityId: variantId }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.data)).toEqual([
      expect.objectContaining({ storeId: storeA.id, before: 10, after: 7, reason: 'inventaario' }),
      expect.objectContaining({ before: 7, after: 5, delta: -2, reason: 'rikki' }),
    ]);
    await expectLedgerAddsUp(variantId);
  });

  it('never leaves on hand below what orders hold, and changes nothing when refused', async () => {
    const product = await createProduct({ stock: { [storeA.id]: 5 } });
    const variantId = product.variants[0].id;
    await reserve(variantId, storeA.id, 3);

    await expect(adjustStock({ variantId, storeId: storeA.id, mode: 'set', quantity: 2, reason: 'laskettu' }, owner.id)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'adminProducts.errors.stockBelowReserved',
      field: 'quantity',
    });
    await expect(adjustStock({ variantId, storeId: storeA.id, mode: 'delta', quantity: -3, reason: 'x' }, owner.id)).rejects.toMatchObject({
      message: 'adminProducts.errors.stockBelowReserved',
    });
    expect((await adjustStock({ variantId, storeId: storeA.id, mode: 'set', quantity: 3, reason: 'laskettu' }, owner.id)).onHand).toBe(3);
    expect(await level(variantId, storeA.id)).toEqual({ onHand: 3, reserved: 3 });
    expect(await prisma.auditLog.count({ where: { action: 'stock.adjusted', entityId: variantId } })).toBe(1);
    await expectLedgerAddsUp(variantId);
  });

  it('starts a stock row for a store that never had the variant', async () => {
    const product = await createProduct();
    const variantId = product.variants[0].id;
    expect((await adjustStock({ variantId, storeId: storeB.id, mode: 'delta', quantity: 4, reason: 'löytyi' }, owner.id)).onHand).toBe(4);
    await expect(adjustStock({ variantId, storeId: storeB.id, mode: 'set', quantity: 4, reason: 'sama' }, owner.id)).rejects.toMatchObject({
      message: 'adminProducts.errors.stockNoChange',
    });
    await expectLedgerAddsUp(variantId);
  });
});

describe('receiving goods', () => {
  it('adds the delivery to on hand with a RECEIVE movement and an audit entry', async () => {
    const product = await createProduct({ stock: { [storeA.id]: 2 } });
    const variantId = product.variants[0].id;
    expect((await receiveStock({ variantId, storeId: storeA.id, quantity: 12, reason: 'lähete 4411' }, owner.id)).onHand).toBe(14);
    const movement = await prisma.stockMovement.findFirstOrThrow({ where: { variantId, actorId: owner.id } });
    expect(movement).toMatchObject({ type: 'RECEIVE', onHandDelta: 12, reason: 'lähete 4411', storeId: storeA.id });
    expect(await prisma.auditLog.findFirst({ where: { action: 'stock.received', entityId: variantId } })).toMatchObject({
      actorId: owner.id,
      data: expect.objectContaining({ before: 2, after: 14, quantity: 12 }),
    });
    await expectLedgerAddsUp(variantId);
  });
});

describe('transfers between stores', () => {
  it('requested -> shipped (source down, in transit) -> received (destination up)', async () => {
    const product = await createProduct({ stock: { [storeA.id]: 6, [storeB.id]: 1 } });
    const variantId = product.variants[0].id;

    const transferId = await createTransfer({ variantId, fromStoreId: storeA.id, toStoreId: storeB.id, quantity: 4, note: 'Tampereelle' }, owner.id);
    expect(await level(variantId, storeA.id)).toEqual({ onHand: 6, reserved: 0 });

    await shipTransfer(transferId, owner.id);
    expect(await prisma.stockTransfer.findUnique({ where: { id: transferId }, select: { status: true } })).toEqual({ status: 'IN_TRANSIT' });
    expect(await level(variantId, storeA.id)).toEqual({ onHand: 2, reserved: 0 });
    expect(await level(variantId, storeB.id)).toEqual({ onHand: 1, reserved: 0 });

    await receiveTransfer(transferId, owner.id);
    expect(await prisma.stockTransfer.findUnique({ where: { id: transferId }, select: { status: true } })).toEqual({ status: 'RECEIVED' });
    expect(await level(variantId, storeB.id)).toEqual({ onHand: 5, reserved: 0 });

    const movements = await prisma.stockMovement.findMany({ where: { transferId }, orderBy: { createdAt: 'asc' } });
    expect(movements.map((m) => [m.type, m.storeId, m.onHandDelta, m.actorId])).toEqual([
      ['TRANSFER_OUT', storeA.id, -4, owner.id],
      ['TRANSFER_IN', storeB.id, 4, owner.id],
    ]);
    const audit = await prisma.auditLog.findMany({ where: { entityId: transferId }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['stock.transfer_created', 'stock.transfer_shipped', 'stock.transfer_received']);
    await expectLedgerAddsUp(variantId);

    // Each step happens once.
    await expect(receiveTransfer(transferId, owner.id)).rejects.toMatchObject({ code: 'INVALID_STATE', message: 'adminProducts.errors.transferRECEIVED' });
    await expect(shipTransfer(transferId, owner.id)).rejects.toMatchObject({ code: 'INVALID_STATE' });
  });

  it('refuses to ship more than is available (reserved units stay) and changes nothing', async () => {
    const product = await createProduct({ stock: { [storeA.id]: 5 } });
    const variantId = product.variants[0].id;
    await reserve(variantId, storeA.id, 2);
    const transferId = await createTransfer({ variantId, fromStoreId: storeA.id, toStoreId: storeB.id, quantity: 4, note: null }, owner.id);

    await expect(shipTransfer(transferId, owner.id)).rejects.toMatchObject({ code: 'VALIDATION', message: 'adminProducts.errors.transferNotAvailable' });
    expect(await level(variantId, storeA.id)).toEqual({ onHand: 5, reserved: 2 });
    expect(await prisma.stockTransfer.findUnique({ where: { id: transferId }, select: { status: true } })).toEqual({ status: 'REQUESTED' });
    expect(await prisma.stockMovement.count({ where: { transferId } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityId: transferId, action: 'stock.transfer_shipped' } })).toBe(0);

    await cancelTransfer(transferId, owner.id);
    expect(await prisma.stockTransfer.findUnique({ where: { id: transferId }, select: { status: true } })).toEqual({ status: 'CANCELLED' });
    await expect(shipTransfer(transferId, owner.id)).rejects.toMatchObject({ message: 'adminProducts.errors.transferCANCELLED' });
    await expectLedgerAddsUp(variantId);
  });

  it('refuses a transfer to the same store, and leaves pickup-order transfers to the store screens', async () => {
    const product = await createProduct({ stock: { [storeA.id]: 5 } });
    const variantId = product.variants[0].id;
    await expect(createTransfer({ variantId, fromStoreId: storeA.id, toStoreId: storeA.id, quantity: 1, note: null }, owner.id)).rejects.toMatchObject({
      message: 'adminProducts.errors.transferSameStore',
    });
    const customer = await createUser();
    const order = await prisma.order.create({
      data: { customerId: customer.id, email: customer.email, name: 'Asiakas', status: 'PAID', fulfilment: 'PICKUP', pickupStoreId: storeB.id, subtotalCents: 0, vatCents: 0, totalCents: 0 },
    });
    const forOrder = await prisma.stockTransfer.create({
      data: { fromStoreId: storeA.id, toStoreId: storeB.id, orderId: order.id, lines: { create: { variantId, quantity: 1 } } },
    });
    await expect(shipTransfer(forOrder.id, owner.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const stock = await getProductStock(product.id);
    expect(stock?.transfers.map((t) => t.order?.number)).toEqual([order.number]);
  });
});

describe('changes at the same time', () => {
  it('lose no update and never ship the same units twice', async () => {
    const product = await createProduct({ stock: { [storeA.id]: 5 } });
    const variantId = product.variants[0].id;
    const first = await createTransfer({ variantId, fromStoreId: storeA.id, toStoreId: storeB.id, quantity: 4, note: null }, owner.id);
    const second = await createTransfer({ variantId, fromStoreId: storeA.id, toStoreId: storeB.id, quantity: 4, note: null }, owner.id);
    const shipped = await Promise.allSettled([shipTransfer(first, owner.id), shipTransfer(second, owner.id)]);
    expect(shipped.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    // Refused by the rule (available units), not by the database's on_hand >= 0 constraint.
    const refused = shipped.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
    expect(refused.reason).toMatchObject({ code: 'VALIDATION', message: 'adminProducts.errors.transferNotAvailable' });
    const refusedId = shipped[0].status === 'rejected' ? first : second;
    expect(await prisma.stockTransfer.findUnique({ where: { id: refusedId }, select: { status: true } })).toEqual({ status: 'REQUESTED' });
    expect(await level(variantId, storeA.id)).toEqual({ onHand: 1, reserved: 0 });

    await Promise.all([1, 2, 3].map((n) => receiveStock({ variantId, storeId: storeA.id, quantity: n, reason: null }, owner.id)));
    expect(await level(variantId, storeA.id)).toEqual({ onHand: 7, reserved: 0 });
    await expectLedgerAddsUp(variantId);
  });
});

describe('movement history', () => {
  it('lists the latest first, a page at a time, with who did it', async () => {
    const product = await createProduct({ stock: { [storeA.id]: 1 } });
    const variantId = product.variants[0].id;
    for (let i = 1; i <= 27; i += 1) await receiveStock({ variantId, storeId: storeA.id, quantity: 1, reason: `erä ${i}` }, owner.id);
    const first = await listStockMovements(product.id, 1);
    expect(first).toMatchObject({ total: 28, page: 1, pageCount: 2 });
    expect(first.items[0]).toMatchObject({ reason: 'erä 27', type: 'RECEIVE', onHandDelta: 1 });
    expect(first.items[0].actor?.email).toBeTruthy();
    const second = await listStockMovements(product.id, 2);
    expect(second.items.map((m) => m.reason)).toEqual(['erä 2', 'erä 1', 'test stock']);
  });
});
