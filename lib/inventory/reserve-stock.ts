import 'server-only';
import { AppError } from '@/lib/errors';
import { stockLinesInLockOrder, type StockLine } from './stock-lines';
import type { Tx } from './tx';

export type ReserveStockInput = {
  orderId: string;
  /** Where the units are held: the pickup store, the warehouse, or the source of a transfer. */
  storeId: string;
  lines: readonly StockLine[];
  expiresAt: Date;
};

/**
 * Holds stock for an order, inside the order's transaction. Each line is one conditional UPDATE
 * (`on_hand - reserved >= quantity`): PostgreSQL re-checks the condition on the latest row after
 * waiting for a concurrent buyer's lock, so two buyers can never both take the last unit.
 * Lines are taken in variant id order (no deadlocks). Throws OUT_OF_STOCK (message: the variant
 * id) when a line cannot be held; the caller's transaction then rolls everything back.
 */
export async function reserveStock(tx: Tx, input: ReserveStockInput): Promise<void> {
  const lines = stockLinesInLockOrder(input.lines);
  for (const line of lines) {
    const changed = await tx.$executeRaw`
      UPDATE stock_levels
         SET reserved = reserved + ${line.quantity}, updated_at = now()
       WHERE variant_id = ${line.variantId}::uuid
         AND store_id = ${input.storeId}::uuid
         AND on_hand - reserved >= ${line.quantity}`;
    if (changed === 0) throw new AppError('OUT_OF_STOCK', line.variantId);
  }
  await tx.reservation.createMany({
    data: lines.map((line) => ({
      orderId: input.orderId,
      variantId: line.variantId,
      storeId: input.storeId,
      quantity: line.quantity,
      expiresAt: input.expiresAt,
    })),
  });
  await tx.stockMovement.createMany({
    data: lines.map((line) => ({
      variantId: line.variantId,
      storeId: input.storeId,
      type: 'RESERVE' as const,
      reservedDelta: line.quantity,
      orderId: input.orderId,
      reason: 'order placed',
    })),
  });
}
