import 'server-only';
import type { Tx } from '@/lib/inventory/tx';

export type RestockLine = { variantId: string; quantity: number };

/**
 * Puts returned goods back on the shelf of the store that received them: on hand grows (the
 * stock row is created when the store never had the product) and a RETURN movement records it.
 * Lines go in variant order so that two transactions cannot deadlock on the same rows.
 */
export async function restockReturnedGoods(
  tx: Tx,
  input: { storeId: string; orderId: string; returnNumber: number; actorId: string; lines: readonly RestockLine[] },
): Promise<void> {
  const lines = [...input.lines].sort((a, b) => a.variantId.localeCompare(b.variantId));
  for (const line of lines) {
    await tx.stockLevel.upsert({
      where: { variantId_storeId: { variantId: line.variantId, storeId: input.storeId } },
      create: { variantId: line.variantId, storeId: input.storeId, onHand: line.quantity },
      update: { onHand: { increment: line.quantity } },
    });
    await tx.stockMovement.create({
      data: {
        variantId: line.variantId,
        storeId: input.storeId,
        type: 'RETURN',
        onHandDelta: line.quantity,
        reason: `return R-${input.returnNumber}`,
        orderId: input.orderId,
        actorId: input.actorId,
      },
    });
  }
}
