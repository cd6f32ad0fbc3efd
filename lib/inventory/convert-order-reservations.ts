import 'server-only';
import { compareIds } from './stock-lines';
import { lockOrder } from './lock-order';
import type { Tx } from './tx';

type HeldRow = { variant_id: string; store_id: string; quantity: number };

/**
 * Turns an order's held stock into a sale (payment received): ACTIVE reservations become
 * CONVERTED, and both `on_hand` and `reserved` go down by the quantity, recorded as a SALE
 * movement. Exactly once: the status condition in the UPDATE makes a second call (a webhook
 * delivered twice) find nothing to convert. Returns the number of reservations converted.
 */
export async function convertOrderReservations(tx: Tx, orderId: string): Promise<number> {
  if (!(await lockOrder(tx, orderId))) return 0;
  const held = await tx.$queryRaw<HeldRow[]>`
    UPDATE reservations SET status = 'CONVERTED', updated_at = now()
     WHERE order_id = ${orderId}::uuid AND status = 'ACTIVE'
     RETURNING variant_id, store_id, quantity`;
  held.sort((a, b) => compareIds(a.store_id, b.store_id) || compareIds(a.variant_id, b.variant_id));
  for (const row of held) {
    await tx.$executeRaw`
      UPDATE stock_levels
         SET on_hand = on_hand - ${row.quantity}, reserved = reserved - ${row.quantity}, updated_at = now()
       WHERE variant_id = ${row.variant_id}::uuid AND store_id = ${row.store_id}::uuid`;
  }
  if (held.length > 0) {
    await tx.stockMovement.createMany({
      data: held.map((row) => ({
        variantId: row.variant_id,
        storeId: row.store_id,
        type: 'SALE' as const,
        onHandDelta: -row.quantity,
        reservedDelta: -row.quantity,
        orderId,
        reason: 'order paid',
      })),
    });
  }
  return held.length;
}
