import 'server-only';
import { compareIds } from '@/lib/inventory/stock-lines';
import type { Tx } from '@/lib/inventory/tx';
import { bulkInsert } from './bulk-insert';
import type { RowError } from './import-types';

export type StockTarget = { variantId: string; storeId: string; target: number; row: number; column: string };

/**
 * Sets on-hand to `target` for each (variant, store), inside the caller's transaction: the stock
 * rows are locked in (variant, store) order, as every stock writer does, and re-read, so a sale
 * since the dry run is taken into account. Each change is a movement with reason 'import':
 * `newLevel` (RECEIVE for a product import, ADJUST for a stock count) where the store had no
 * stock level yet, ADJUST otherwise; the movements always add up to the level. A target below
 * what is reserved for orders is left alone and reported.
 */
export async function writeStockTargets(tx: Tx, targets: StockTarget[], options: { actorId: string | null; newLevel: 'RECEIVE' | 'ADJUST' }) {
  const errors: RowError[] = [];
  if (targets.length === 0) return { changed: 0, errors };
  const sorted = [...targets].sort((a, b) => compareIds(a.variantId, b.variantId) || compareIds(a.storeId, b.storeId));
  const locked = await tx.$queryRaw<{ variant_id: string; store_id: string; on_hand: number; reserved: number }[]>`
    SELECT l.variant_id, l.store_id, l.on_hand, l.reserved
      FROM stock_levels l
      JOIN unnest(${sorted.map((t) => t.variantId)}::uuid[], ${sorted.map((t) => t.storeId)}::uuid[]) AS k(variant_id, store_id)
        ON l.variant_id = k.variant_id AND l.store_id = k.store_id
     ORDER BY l.variant_id, l.store_id
       FOR UPDATE OF l`;
  const levels = new Map(locked.map((l) => [`${l.variant_id}:${l.store_id}`, l]));
  const created: unknown[][] = [];
  const updated: unknown[][] = [];
  const movements: unknown[][] = [];
  for (const t of sorted) {
    const level = levels.get(`${t.variantId}:${t.storeId}`);
    const delta = t.target - (level?.on_hand ?? 0);
    if (delta === 0) continue;
    if (level && t.target < level.reserved) {
      errors.push({ row: t.row, column: t.column, code: 'quantityBelowReserved', params: { reserved: level.reserved } });
      continue;
    }
    (level ? updated : created).push([t.variantId, t.storeId, t.target]);
    movements.push([t.variantId, t.storeId, level ? 'ADJUST' : options.newLevel, delta, 'import', options.actorId]);
  }
  if (updated.length > 0) {
    await tx.$executeRaw`
      UPDATE stock_levels l SET on_hand = u.on_hand, updated_at = now()
        FROM unnest(${updated.map((u) => u[0])}::uuid[], ${updated.map((u) => u[1])}::uuid[], ${updated.map((u) => u[2])}::int[]) AS u(variant_id, store_id, on_hand)
       WHERE l.variant_id = u.variant_id AND l.store_id = u.store_id`;
  }
  await bulkInsert(tx, 'stock_levels', [['variant_id', 'uuid'], ['store_id', 'uuid'], ['on_hand', 'int']], created);
  await bulkInsert(
    tx,
    'stock_movements',
    [['variant_id', 'uuid'], ['store_id', 'uuid'], ['type', '"StockMovementType"'], ['on_hand_delta', 'int'], ['reason', 'text'], ['actor_id', 'uuid']],
    movements,
  );
  return { changed: movements.length, errors };
}
