import 'server-only';
import { returnToShelf } from '@/lib/inventory/return-to-shelf';
import type { Tx } from '@/lib/inventory/tx';

export type RestockLine = { variantId: string; quantity: number };

/**
 * Puts returned goods back on the shelf of the store that received them: on hand grows (the
 * stock row is created when the store never had the product) and a RETURN movement records it.
 */
export async function restockReturnedGoods(
  tx: Tx,
  input: { storeId: string; orderId: string; returnNumber: number; actorId: string; lines: readonly RestockLine[] },
): Promise<void> {
  await returnToShelf(
    tx,
    input.lines.map((line) => ({ variantId: line.variantId, storeId: input.storeId, quantity: line.quantity })),
    { orderId: input.orderId, reason: `return R-${input.returnNumber}`, actorId: input.actorId },
  );
}
