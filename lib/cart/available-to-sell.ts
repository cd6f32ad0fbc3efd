import 'server-only';
import type { Tx } from './cart-db';
import { sellableStoreWhere } from '@/lib/inventory/sellable-stores';

/**
 * Units of each variant the web shop can sell: on hand minus reserved, summed over the
 * warehouse and the stores with pickup (stock in a store without pickup cannot reach an online
 * shopper). Variants without stock rows get 0.
 */
export async function availableToSell(db: Pick<Tx, 'stockLevel'>, variantIds: string[]): Promise<Map<string, number>> {
  const available = new Map(variantIds.map((id) => [id, 0]));
  if (variantIds.length === 0) return available;
  const levels = await db.stockLevel.findMany({
    where: {
      variantId: { in: variantIds },
      store: sellableStoreWhere,
    },
    select: { variantId: true, onHand: true, reserved: true },
  });
  for (const level of levels) {
    available.set(level.variantId, (available.get(level.variantId) ?? 0) + Math.max(0, level.onHand - level.reserved));
  }
  return available;
}
