import '../support/test-database';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/db';
import { getPickList } from '@/lib/pickups/get-pick-list';
import { getStorePickupOrder } from '@/lib/pickups/get-store-pickup-order';
import { listPickupQueue } from '@/lib/pickups/list-pickup-queue';
import { markPickupReady } from '@/lib/pickups/mark-pickup-ready';
import { setLinePicked } from '@/lib/pickups/set-line-picked';
import { createStore } from '../support/factories/stores';
import { createStaff, pickupOrder, product, storeWithWarehouse } from './pickups-fixtures';

vi.mock('@/lib/jobs/send-outbox-soon', () => ({ sendOutboxSoon: async () => {} }));

const DAY = 86_400_000;

describe("a store's pickup queue", () => {
  let store: { id: string };
  let staffId: string;
  const orders: Record<string, Awaited<ReturnType<typeof pickupOrder>>> = {};

  beforeAll(async () => {
    const setup = await storeWithWarehouse();
    store = setup.store;
    staffId = (await createStaff([store.id])).id;
    const mug = await product(1290, { [store.id]: 20 });
    const shipped = await product(990, { [setup.warehouse.id]: 5 });
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000);
    orders.newer = await pickupOrder({ storeId: store.id, items: [{ variantId: mug.id, quantity: 1 }], placedAt: at(1) });
    orders.older = await pickupOrder({ storeId: store.id, items: [{ variantId: mug.id, quantity: 3 }], placedAt: at(5) });
    orders.transfer = await pickupOrder({ storeId: store.id, items: [{ variantId: shipped.id, quantity: 1 }], placedAt: at(6) });
    orders.picking = await pickupOrder({ storeId: store.id, items: [{ variantId: mug.id, quantity: 2 }] });
    await setLinePicked({ storeId: store.id, orderId: orders.picking.id, lineId: orders.picking.lines[0].id, picked: true });
    orders.ready = await pickupOrder({ storeId: store.id, items: [{ variantId: mug.id, quantity: 1 }] });
    await setLinePicked({ storeId: store.id, orderId: orders.ready.id, lineId: orders.ready.lines[0].id, picked: true });
    await markPickupReady({ storeId: store.id, orderId: orders.ready.id }, staffId);
    orders.overdue = await pickupOrder({ storeId: store.id, items: [{ variantId: mug.id, quantity: 1 }] });
    await setLinePicked({ storeId: store.id, orderId: orders.overdue.id, lineId: orders.overdue.lines[0].id, picked: true });
    await markPickupReady({ storeId: store.id, orderId: orders.overdue.id }, staffId, new Date(Date.now() - 8 * DAY));
    orders.done = await pickupOrder({ storeId: store.id, items: [{ variantId: mug.id, quantity: 1 }] });
    await prisma.pickup.update({ where: { orderId: orders.done.id }, data: { status: 'PICKED_UP', pickedUpAt: new Date() } });
    // Waiting for a card payment: not the store's work yet.
    const unpaid = await pickupOrder({ storeId: store.id, items: [{ variantId: mug.id, quantity: 1 }] });
    await prisma.order.update({ where: { id: unpaid.id }, data: { status: 'PENDING_PAYMENT' } });
    // Another store's order.
    const other = await createStore();
    await pickupOrder({ storeId: other.id });
  });

  it('counts each tab and lists only this store’s orders, most urgent first', async () => {
    const toPick = await listPickupQueue(store.id, 'toPick');
    expect(toPick.counts).toEqual({ toPick: 3, picking: 1, ready: 1, overdue: 1, done: 1 });
    // Placed 5 h ago beats 1 h ago; goods on their way are promised days later.
    expect(toPick.rows.map((row) => row.number)).toEqual([orders.older.number, orders.newer.number, orders.transfer.number]);
    expect(toPick.rows[0]).toMatchObject({ customerName: 'Testi Asiakas', itemCount: 3, orderStatus: 'PAY_AT_PICKUP', inTransit: false });
    expect(toPick.rows[2].inTransit).toBe(true);

    expect((await listPickupQueue(store.id, 'picking')).rows.map((row) => row.number)).toEqual([orders.picking.number]);
    expect((await listPickupQueue(store.id, 'ready')).rows.map((row) => row.number)).toEqual([orders.ready.number]);
    expect((await listPickupQueue(store.id, 'overdue')).rows.map((row) => row.number)).toEqual([orders.overdue.number]);
    expect((await listPickupQueue(store.id, 'done')).rows.map((row) => row.number)).toEqual([orders.done.number]);
  });

  it('shows an order only to its own store, with what staff can do next', async () => {
    const other = await createStore();
    expect(await getStorePickupOrder(other.id, orders.overdue.number)).toBeNull();
    const overdue = await getStorePickupOrder(store.id, orders.overdue.number);
    expect(overdue).toMatchObject({ overdue: true, can: { pick: false, markReady: false, cancelUncollected: true } });
    const picking = await getStorePickupOrder(store.id, orders.picking.number);
    expect(picking?.can).toMatchObject({ pick: true, markReady: true, cancelUncollected: false });
  });

  it('adds up the unpicked lines of the day per product, with their orders', async () => {
    const list = await getPickList(store.id);
    const mugSku = orders.older.lines[0].sku;
    const mug = list.find((item) => item.sku === mugSku)!;
    // newer (1) + older (3); the picking order's line is already picked, the ready ones are done.
    expect(mug.quantity).toBe(4);
    expect(mug.orders).toEqual(
      [
        { number: orders.newer.number, quantity: 1 },
        { number: orders.older.number, quantity: 3 },
      ].sort((a, b) => a.number - b.number),
    );
    expect(list.reduce((sum, item) => sum + item.quantity, 0)).toBe(5);
  });
});
