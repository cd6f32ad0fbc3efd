import 'server-only';
import { prisma } from '@/lib/db';
import type { Tx } from '@/lib/inventory/tx';
import { stockLinesInLockOrder, type StockLine } from '@/lib/inventory/stock-lines';
import { loadStockPicture } from './load-stock-picture';
import { firstReadyTime, helsinkiToday, type ReadyTime } from './pickup-readiness';
import { planPickup, TRANSFER_WORKING_DAYS } from './plan-sources';

export type PickupReadiness =
  | ({ kind: 'ready' } & ReadyTime)
  | { kind: 'transfer'; minDays: number; maxDays: number }
  | { kind: 'unavailable' };

export type PickupOption = {
  storeId: string;
  name: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  hours: { weekday: number; opensAt: number; closesAt: number }[];
  readiness: PickupReadiness;
};

/**
 * The stores where these lines can be picked up, in the shop's order: each says whether every
 * line is in the store now (and when it can be ready, by its opening hours and preparation time),
 * or comes from the warehouse or another store in a few working days, or cannot be had.
 */
export async function getPickupOptions(
  lines: readonly StockLine[],
  now: Date = new Date(),
  db: Pick<Tx, 'store' | 'stockLevel'> = prisma,
): Promise<PickupOption[]> {
  const merged = stockLinesInLockOrder(lines);
  const today = helsinkiToday(now);
  const [stores, picture] = await Promise.all([
    db.store.findMany({
      where: { kind: 'STORE', pickupEnabled: true },
      orderBy: [{ position: 'asc' }, { name: 'asc' }],
      select: {
        id: true,
        name: true,
        street: true,
        postalCode: true,
        city: true,
        preparationMinutes: true,
        openingHours: { orderBy: { weekday: 'asc' }, select: { weekday: true, opensAt: true, closesAt: true } },
        openingExceptions: {
          where: { date: { gte: today, lt: new Date(today.getTime() + 15 * 86_400_000) } },
          select: { date: true, closed: true, opensAt: true, closesAt: true },
        },
      },
    }),
    loadStockPicture(db, merged.map((line) => line.variantId)),
  ]);
  return stores.map((store) => {
    const plan = merged.length > 0 ? planPickup(merged, store.id, picture.locations, picture.available) : null;
    const exceptions = store.openingExceptions.map((exception) => ({ ...exception, date: exception.date.toISOString().slice(0, 10) }));
    let readiness: PickupReadiness = { kind: 'unavailable' };
    if (plan && plan.every((line) => line.sourceStoreId === store.id)) {
      const ready = firstReadyTime(store.openingHours, exceptions, store.preparationMinutes, now);
      if (ready) readiness = { kind: 'ready', ...ready };
    } else if (plan) {
      readiness = { kind: 'transfer', minDays: TRANSFER_WORKING_DAYS.min, maxDays: TRANSFER_WORKING_DAYS.max };
    }
    const { openingHours, id, name, street, postalCode, city } = store;
    return { storeId: id, name, street, postalCode, city, hours: openingHours, readiness };
  });
}
