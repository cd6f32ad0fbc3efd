import 'server-only';
import { isAppError } from '@/lib/errors';
import { reserveStock } from '@/lib/inventory/reserve-stock';
import { compareIds } from '@/lib/inventory/stock-lines';
import type { Tx } from '@/lib/inventory/tx';

// Long enough for the conversion that follows in the same transaction; never seen by a shopper.
const HOLD_MS = 5 * 60_000;

/**
 * A payment arrived after the order's hold was released (expired or cancelled): holds the same
 * units at the same places again, if they are still there. All or nothing: when one line is
 * gone, the lines held so far are rolled back (a savepoint) and the result is false. The
 * transfers asked for the order (ship to store) are asked for again. The caller has locked
 * the order.
 */
export async function reserveOrderAgain(tx: Tx, orderId: string): Promise<boolean> {
  const released = await tx.reservation.findMany({
    where: { orderId, status: 'RELEASED' },
    select: { variantId: true, storeId: true, quantity: true },
  });
  if (released.length === 0) return false;
  const byStore = new Map<string, { variantId: string; quantity: number }[]>();
  for (const row of released) {
    byStore.set(row.storeId, [...(byStore.get(row.storeId) ?? []), { variantId: row.variantId, quantity: row.quantity }]);
  }
  const expiresAt = new Date(Date.now() + HOLD_MS);
  await tx.$executeRawUnsafe('SAVEPOINT reserve_order_again');
  try {
    for (const storeId of [...byStore.keys()].sort(compareIds)) {
      await reserveStock(tx, { orderId, storeId, lines: byStore.get(storeId)!, expiresAt });
    }
  } catch (error) {
    if (!isAppError(error, 'OUT_OF_STOCK')) throw error;
    await tx.$executeRawUnsafe('ROLLBACK TO SAVEPOINT reserve_order_again');
    return false;
  }
  await tx.$executeRawUnsafe('RELEASE SAVEPOINT reserve_order_again');
  await tx.stockTransfer.updateMany({ where: { orderId, status: 'CANCELLED' }, data: { status: 'REQUESTED' } });
  return true;
}
