import 'server-only';
import { AppError } from '@/lib/errors';
import type { Tx } from '@/lib/inventory/tx';

/** What a stock change leaves: the new on-hand count, and the product whose shop pages show it. */
export type StockChange = { onHand: number; productId: string };

/**
 * The stock row of a variant in a store, locked for the rest of the transaction (created with
 * zero stock when the store has never had the variant). NOT_FOUND when the variant or store
 * does not exist.
 */
export async function lockStockLevel(tx: Tx, variantId: string, storeId: string): Promise<{ onHand: number; reserved: number; sku: string; productId: string }> {
  const [variant, store] = await Promise.all([
    tx.productVariant.findUnique({ where: { id: variantId }, select: { sku: true, productId: true } }),
    tx.store.findUnique({ where: { id: storeId }, select: { id: true } }),
  ]);
  if (!variant || !store) throw new AppError('NOT_FOUND');
  await tx.$executeRaw`
    INSERT INTO stock_levels (variant_id, store_id, on_hand, reserved, updated_at)
    VALUES (${variantId}::uuid, ${storeId}::uuid, 0, 0, now())
    ON CONFLICT (variant_id, store_id) DO NOTHING`;
  const [row] = await tx.$queryRaw<{ on_hand: number; reserved: number }[]>`
    SELECT on_hand, reserved FROM stock_levels
     WHERE variant_id = ${variantId}::uuid AND store_id = ${storeId}::uuid FOR UPDATE`;
  return { onHand: row.on_hand, reserved: row.reserved, sku: variant.sku, productId: variant.productId };
}
