import 'server-only';
import { compareIds } from './stock-lines';
import type { Tx } from './tx';

export type ShelfReturn = { variantId: string; storeId: string; quantity: number };

/**
 * Puts units back on a store's shelf (a return received, an order called off): on hand grows,
 * the stock row is created when the store never had the product, and each change is recorded as
 * a RETURN movement. Rows are written in the fixed (store, variant) order every stock change
 * uses, so that concurrent transactions cannot deadlock.
 */
export async function returnToShelf(
  tx: Tx,
  rows: readonly ShelfReturn[],
  movement: { orderId: string; reason: string; actorId: string | null },
): Promise<void> {
  const sorted = rows.filter((row) => row.quantity > 0).sort((a, b) => compareIds(a.storeId, b.storeId) || compareIds(a.variantId, b.variantId));
  for (const row of sorted) {
    await tx.$executeRaw`
      INSERT INTO stock_levels (variant_id, store_id, on_hand, reserved, updated_at)
      VALUES (${row.variantId}::uuid, ${row.storeId}::uuid, ${row.quantity}, 0, now())
      ON CONFLICT (variant_id, store_id) DO UPDATE SET on_hand = stock_levels.on_hand + EXCLUDED.on_hand, updated_at = now()`;
  }
  if (sorted.length === 0) return;
  await tx.stockMovement.createMany({
    data: sorted.map((row) => ({
      variantId: row.variantId,
      storeId: row.storeId,
      type: 'RETURN' as const,
      onHandDelta: row.quantity,
      orderId: movement.orderId,
      reason: movement.reason,
      actorId: movement.actorId,
    })),
  });
}
