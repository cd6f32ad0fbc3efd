import 'server-only';
import { AppError } from '@/lib/errors';
import { lockOrder } from '@/lib/inventory/lock-order';
import type { Tx } from '@/lib/inventory/tx';

export type StorePickupRef = { storeId: string; orderId: string };

/**
 * Locks a pickup order for a change by this store's staff and reads what the rules need. An
 * order that is not picked up at this store is NOT_FOUND (staff of another store learn nothing).
 * The order row is locked first, like every other change to an order (payment, cancellation).
 */
export async function lockStorePickup(tx: Tx, ref: StorePickupRef) {
  const pickup = await tx.pickup.findFirst({ where: { orderId: ref.orderId, storeId: ref.storeId }, select: { id: true } });
  if (!pickup || !(await lockOrder(tx, ref.orderId))) throw new AppError('NOT_FOUND');
  return tx.pickup.findUniqueOrThrow({
    where: { id: pickup.id },
    select: {
      id: true,
      status: true,
      deadlineAt: true,
      storeId: true,
      store: { select: { pickupDeadlineDays: true } },
      order: {
        select: {
          id: true,
          number: true,
          status: true,
          totalCents: true,
          lines: { select: { id: true, variantId: true, quantity: true, lineTotalCents: true, pickedAt: true, cancelledAt: true } },
          stockTransfers: { where: { status: { in: ['REQUESTED', 'IN_TRANSIT'] } }, select: { id: true } },
        },
      },
    },
  });
}

/** Orders whose goods staff may pick, mark ready or cancel: paid, or to be paid at the counter. */
export function isOpenPickupOrder(status: string): boolean {
  return status === 'PAID' || status === 'PAY_AT_PICKUP';
}
