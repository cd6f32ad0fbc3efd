import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { lockStockLevel, type StockChange } from './lock-stock-level';

export type ReceiveStockInput = { variantId: string; storeId: string; quantity: number; reason: string | null };

/** Goods arrived from a supplier: on hand +quantity, a RECEIVE movement and an audit entry. Returns the new on-hand count and the product. */
export async function receiveStock(input: ReceiveStockInput, actorId: string): Promise<StockChange> {
  return prisma.$transaction(async (tx) => {
    const level = await lockStockLevel(tx, input.variantId, input.storeId);
    const after = level.onHand + input.quantity;
    await tx.$executeRaw`
      UPDATE stock_levels SET on_hand = ${after}, updated_at = now()
       WHERE variant_id = ${input.variantId}::uuid AND store_id = ${input.storeId}::uuid`;
    await tx.stockMovement.create({
      data: { variantId: input.variantId, storeId: input.storeId, type: 'RECEIVE', onHandDelta: input.quantity, reason: input.reason, actorId },
    });
    await recordAudit(tx, {
      actorId,
      action: 'stock.received',
      entityType: 'stock',
      entityId: input.variantId,
      data: { storeId: input.storeId, sku: level.sku, before: level.onHand, after, quantity: input.quantity, reason: input.reason },
    });
    return { onHand: after, productId: level.productId };
  });
}
