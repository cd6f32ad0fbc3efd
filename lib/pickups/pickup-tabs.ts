import type { Prisma } from '@/lib/generated/prisma/client';

// The pickup queue's tabs, as conditions on a store's pickups.

export const PICKUP_TABS = ['toPick', 'picking', 'ready', 'overdue', 'done'] as const;
export type PickupTab = (typeof PICKUP_TABS)[number];

export function isPickupTab(value: unknown): value is PickupTab {
  return typeof value === 'string' && (PICKUP_TABS as readonly string[]).includes(value);
}

const DONE_DAYS = 30;
const OPEN_ORDER = { status: { in: ['PAID', 'PAY_AT_PICKUP'] } } satisfies Prisma.OrderWhereInput;

export function pickupTabWhere(tab: PickupTab, storeId: string, now: Date): Prisma.PickupWhereInput {
  switch (tab) {
    case 'toPick':
      // An order still waiting for its card payment is not the store's work yet.
      return { storeId, status: 'PENDING', order: OPEN_ORDER };
    case 'picking':
      return { storeId, status: 'PICKING', order: OPEN_ORDER };
    case 'ready':
      return { storeId, status: 'READY_FOR_PICKUP', deadlineAt: { gt: now } };
    case 'overdue':
      return { storeId, status: 'READY_FOR_PICKUP', deadlineAt: { lte: now } };
    case 'done':
      return {
        storeId,
        updatedAt: { gte: new Date(now.getTime() - DONE_DAYS * 86_400_000) },
        OR: [
          { status: 'PICKED_UP' },
          // Card orders never paid were never in the queue: leave them out.
          { status: { in: ['CANCELLED', 'EXPIRED'] }, order: { OR: [{ paidAt: { not: null } }, { payments: { none: {} } }] } },
        ],
      };
  }
}
