import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { lockStockLevel, type StockChange } from './lock-stock-level';

export type AdjustStockInput = {
  variantId: string;
  storeId: string;
  /** 'set': the counted number on hand; 'delta': add (or take away, negative) this many. */
  mode: 'set' | 'delta';
  quantity: number;
  reason: string;
};

const E = (key: string) => `adminProducts.errors.${key}`;

/**
 * Corrects the on-hand count of a variant in a store (a stock count, breakage, a find): an
 * ADJUST movement with the reason, and an audit entry, in one transaction on the locked row.
 * Refused (VALIDATION on `quantity`): on hand would go below what is reserved for orders, or
 * nothing would change. Returns the new on-hand count and the product (for the shop's caches).
 */
export async function adjustStock(input: AdjustStockInput, actorId: string): Promise<StockChange> {
  return prisma.$transaction(async (tx) => {
    const level = await lockStockLevel(tx, input.variantId, input.storeId);
    const after = input.mode === 'set' ? input.quantity : level.onHand + input.quantity;
    const delta = after - level.onHand;
    if (delta === 0) throw new AppError('VALIDATION', E('stockNoChange'), 'quantity');
    if (after < level.reserved) throw new AppError('VALIDATION', E('stockBelowReserved'), 'quantity');
    await tx.$executeRaw`
      UPDATE stock_levels SET on_hand = ${after}, updated_at = now()
       WHERE variant_id = ${input.variantId}::uuid AND store_id = ${input.storeId}::uuid`;
    await tx.stockMovement.create({
      data: { variantId: input.variantId, storeId: input.storeId, type: 'ADJUST', onHandDelta: delta, reason: input.reason, actorId },
    });
    await recordAudit(tx, {
      actorId,
      action: 'stock.adjusted',
      entityType: 'stock',
      entityId: input.variantId,
      data: { storeId: input.storeId, sku: level.sku, before: level.onHand, after, delta, reason: input.reason },
    });
    return { onHand: after, productId: level.productId };
  });
}
