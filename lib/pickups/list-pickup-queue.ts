import 'server-only';
import { prisma } from '@/lib/db';
import { PICKUP_TABS, pickupTabWhere, type PickupTab } from './pickup-tabs';
import { promisedAt, transferInTransit } from './promised-at';

const MAX_ROWS = 200;

export type PickupQueueRow = {
  orderId: string;
  number: number;
  customerName: string;
  /** Units still to hand over (cancelled lines left out). */
  itemCount: number;
  orderStatus: string;
  pickupStatus: string;
  promisedAt: Date;
  deadlineAt: Date | null;
  inTransit: boolean;
};

export type PickupQueue = { counts: Record<PickupTab, number>; rows: PickupQueueRow[] };

/**
 * One store's pickup queue: how many orders each tab has, and the chosen tab's orders, the
 * most urgent first (by the time promised to the shopper; the done tab newest first). Only this
 * store's pickups: callers have checked that the user is its staff.
 */
export async function listPickupQueue(storeId: string, tab: PickupTab, now: Date = new Date()): Promise<PickupQueue> {
  const [counts, pickups] = await Promise.all([
    Promise.all(PICKUP_TABS.map((name) => prisma.pickup.count({ where: pickupTabWhere(name, storeId, now) }))),
    prisma.pickup.findMany({
      where: pickupTabWhere(tab, storeId, now),
      orderBy: tab === 'done' ? { updatedAt: 'desc' } : { createdAt: 'asc' },
      take: MAX_ROWS,
      select: {
        status: true,
        deadlineAt: true,
        store: { select: { preparationMinutes: true } },
        order: {
          select: {
            id: true,
            number: true,
            name: true,
            status: true,
            placedAt: true,
            lines: { where: { cancelledAt: null }, select: { quantity: true } },
            stockTransfers: { select: { status: true, receivedAt: true } },
          },
        },
      },
    }),
  ]);
  const rows = pickups.map(({ order, store, status, deadlineAt }) => ({
    orderId: order.id,
    number: order.number,
    customerName: order.name,
    itemCount: order.lines.reduce((sum, line) => sum + line.quantity, 0),
    orderStatus: order.status,
    pickupStatus: status,
    promisedAt: promisedAt({ placedAt: order.placedAt, preparationMinutes: store.preparationMinutes, transfers: order.stockTransfers }),
    deadlineAt,
    inTransit: transferInTransit(order.stockTransfers),
  }));
  if (tab !== 'done') rows.sort((a, b) => a.promisedAt.getTime() - b.promisedAt.getTime() || a.number - b.number);
  return { counts: Object.fromEntries(PICKUP_TABS.map((name, i) => [name, counts[i]])) as Record<PickupTab, number>, rows };
}
