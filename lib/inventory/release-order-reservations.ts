import 'server-only';
import { compareIds } from './stock-lines';
import { lockOrder } from './lock-order';
import type { Tx } from './tx';

type HeldRow = { variant_id: string; store_id: string; quantity: number };

/**
 * Gives an order's held stock back (payment failed, cancelled or expired): ACTIVE reservations
 * become RELEASED, `reserved` goes down, and a RELEASE movement records each. Transfers requested
 * for the order are cancelled. Idempotent: a second call finds nothing ACTIVE and changes nothing.
 * Returns the number of reservations released.
 */
export async function releaseOrderReservations(tx: Tx, orderId: string, reason: string): Promise<number> {
  if (!(await lockOrder(tx, orderId))) return 0;
  const held = await tx.$queryRaw<HeldRow[]>`
    UPDATE reservations SET status = 'RELEASED', updated_at = now()
     WHERE order_id = ${orderId}::uuid AND status = 'ACTIVE'
     RETURNING variant_id, store_id, quantity`;
  held.sort((a, b) => compareIds(a.store_id, b.store_id) || compareIds(a.variant_id, b.variant_id));
  for (const row of held) {
    await tx.$executeRaw`
      UPDATE stock_levels SET reserved = reserved - ${row.quantity}, updated_at = now()
       WHERE variant_id = ${row.variant_id}::uuid AND store_id = ${row.store_id}::uuid`;
  }
  if (held.length > 0) {
    await tx.stockMovement.createMany({
      data: held.map((row) => ({
        variantId: row.variant_id,
        storeId: row.store_id,
        type: 'RELEASE' as const,
        reservedDelta: -row.quantity,
        orderId,
        reason,
      })),
    });
  }
  await tx.stockTransfer.updateMany({ where: { orderId, status: 'REQUESTED' }, data: { status: 'CANCELLED' } });
  return held.length;
}
