import 'server-only';
import { compareIds } from '@/lib/inventory/stock-lines';
import type { Tx } from '@/lib/inventory/tx';

export type ReleaseLineHoldInput = {
  orderId: string;
  variantId: string;
  quantity: number;
  /** Held units at the pickup store go first: that is where the goods were not found. */
  pickupStoreId: string;
  reason: string;
  actorId: string | null;
};

/**
 * Gives back part of a pay-at-pickup order's hold (one cancelled line), inside the caller's
 * transaction with the order locked: the order's ACTIVE reservations of the variant shrink (or
 * are RELEASED when emptied), `reserved` goes down, and a RELEASE movement records each change.
 * Returns the number of units released.
 */
export async function releaseLineHold(tx: Tx, input: ReleaseLineHoldInput): Promise<number> {
  const held = await tx.reservation.findMany({
    where: { orderId: input.orderId, variantId: input.variantId, status: 'ACTIVE' },
    select: { id: true, storeId: true, quantity: true },
  });
  held.sort((a, b) => Number(b.storeId === input.pickupStoreId) - Number(a.storeId === input.pickupStoreId) || compareIds(a.storeId, b.storeId));
  let left = input.quantity;
  const released: { storeId: string; quantity: number }[] = [];
  for (const reservation of held) {
    if (left === 0) break;
    const take = Math.min(left, reservation.quantity);
    left -= take;
    await tx.reservation.update({
      where: { id: reservation.id },
      data: take === reservation.quantity ? { status: 'RELEASED' } : { quantity: reservation.quantity - take },
    });
    released.push({ storeId: reservation.storeId, quantity: take });
  }
  released.sort((a, b) => compareIds(a.storeId, b.storeId));
  for (const { storeId, quantity } of released) {
    await tx.$executeRaw`
      UPDATE stock_levels SET reserved = reserved - ${quantity}, updated_at = now()
       WHERE variant_id = ${input.variantId}::uuid AND store_id = ${storeId}::uuid`;
  }
  if (released.length > 0) {
    await tx.stockMovement.createMany({
      data: released.map(({ storeId, quantity }) => ({
        variantId: input.variantId,
        storeId,
        type: 'RELEASE' as const,
        reservedDelta: -quantity,
        orderId: input.orderId,
        reason: input.reason,
        actorId: input.actorId,
      })),
    });
  }
  return input.quantity - left;
}
