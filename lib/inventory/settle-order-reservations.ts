import 'server-only';
import { compareIds } from './stock-lines';
import { lockOrder } from './lock-order';
import type { Tx } from './tx';

type HeldRow = { variant_id: string; store_id: string; quantity: number };

const OUTCOMES = {
  // Payment received: the units leave the shelf.
  CONVERTED: { movement: 'SALE', onHandFactor: 1 },
  // Payment failed, cancelled or expired: the units are free again.
  RELEASED: { movement: 'RELEASE', onHandFactor: 0 },
} as const;

/**
 * Ends an order's ACTIVE reservations as `outcome`, once: the status condition in the UPDATE
 * makes a second call find nothing. Stock rows are updated in a fixed order (store, variant) so
 * that concurrent transactions cannot deadlock, and every change is recorded as a movement.
 * Returns the number of reservations settled.
 */
export async function settleOrderReservations(tx: Tx, orderId: string, outcome: keyof typeof OUTCOMES, reason: string): Promise<number> {
  if (!(await lockOrder(tx, orderId))) return 0;
  const { movement, onHandFactor } = OUTCOMES[outcome];
  const held = await tx.$queryRaw<HeldRow[]>`
    UPDATE reservations SET status = ${outcome}::"ReservationStatus", updated_at = now()
     WHERE order_id = ${orderId}::uuid AND status = 'ACTIVE'
     RETURNING variant_id, store_id, quantity`;
  held.sort((a, b) => compareIds(a.store_id, b.store_id) || compareIds(a.variant_id, b.variant_id));
  for (const row of held) {
    await tx.$executeRaw`
      UPDATE stock_levels
         SET on_hand = on_hand - ${row.quantity * onHandFactor}, reserved = reserved - ${row.quantity}, updated_at = now()
       WHERE variant_id = ${row.variant_id}::uuid AND store_id = ${row.store_id}::uuid`;
  }
  if (held.length > 0) {
    await tx.stockMovement.createMany({
      data: held.map((row) => ({
        variantId: row.variant_id,
        storeId: row.store_id,
        type: movement,
        onHandDelta: -row.quantity * onHandFactor,
        reservedDelta: -row.quantity,
        orderId,
        reason,
      })),
    });
  }
  return held.length;
}
