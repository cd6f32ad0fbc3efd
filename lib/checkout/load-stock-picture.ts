import 'server-only';
import type { Tx } from '@/lib/inventory/tx';
import type { Availability, Location } from './plan-sources';
import { sellableStoreWhere } from '@/lib/inventory/sellable-stores';

/** The locations that can serve a web order, and what each has of the given variants now. */
export async function loadStockPicture(
  db: Pick<Tx, 'store' | 'stockLevel'>,
  variantIds: readonly string[],
): Promise<{ locations: Location[]; available: Availability }> {
  const [locations, levels] = await Promise.all([
    db.store.findMany({
      where: sellableStoreWhere,
      select: { id: true, kind: true, position: true, pickupEnabled: true },
    }),
    db.stockLevel.findMany({
      where: { variantId: { in: [...variantIds] } },
      select: { storeId: true, variantId: true, onHand: true, reserved: true },
    }),
  ]);
  const available = new Map<string, Map<string, number>>();
  for (const level of levels) {
    const perStore = available.get(level.storeId) ?? new Map<string, number>();
    perStore.set(level.variantId, Math.max(0, level.onHand - level.reserved));
    available.set(level.storeId, perStore);
  }
  return { locations, available };
}
