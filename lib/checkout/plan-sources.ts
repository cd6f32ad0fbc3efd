import { compareIds, type StockLine } from '@/lib/inventory/stock-lines';

// Where each line of an order is taken from. Pure: the caller reads the stock picture, and the
// conditional UPDATEs of reserveStock have the last word when two buyers race.

export type Location = { id: string; kind: 'STORE' | 'WAREHOUSE'; position: number; pickupEnabled: boolean };
/** Units available (on hand - reserved) per store id and variant id. */
export type Availability = ReadonlyMap<string, ReadonlyMap<string, number>>;
export type SourcedLine = StockLine & { sourceStoreId: string };

/** A transfer to a pickup store takes this many working days (shown to the shopper as a range). */
export const TRANSFER_WORKING_DAYS = { min: 2, max: 3 } as const;

export function availableAt(available: Availability, storeId: string, variantId: string): number {
  return available.get(storeId)?.get(variantId) ?? 0;
}

/**
 * Pickup at `pickupStoreId`: a line the store has is taken there; a line it lacks comes from
 * the warehouse or, failing that, another store that sells online (shipped to the pickup store).
 * Null when some line is nowhere to be had.
 */
export function planPickup(
  lines: readonly StockLine[],
  pickupStoreId: string,
  locations: readonly Location[],
  available: Availability,
): SourcedLine[] | null {
  const sources = [...locations]
    .filter((location) => location.id !== pickupStoreId && (location.kind === 'WAREHOUSE' || location.pickupEnabled))
    .sort((a, b) => (a.kind === b.kind ? a.position - b.position || compareIds(a.id, b.id) : a.kind === 'WAREHOUSE' ? -1 : 1));
  const planned: SourcedLine[] = [];
  for (const line of lines) {
    if (availableAt(available, pickupStoreId, line.variantId) >= line.quantity) {
      planned.push({ ...line, sourceStoreId: pickupStoreId });
      continue;
    }
    const source = sources.find((location) => availableAt(available, location.id, line.variantId) >= line.quantity);
    if (!source) return null;
    planned.push({ ...line, sourceStoreId: source.id });
  }
  return planned;
}

/** Home delivery and parcel lockers ship from the web warehouse. Null when it lacks a line. */
export function planDelivery(
  lines: readonly StockLine[],
  locations: readonly Location[],
  available: Availability,
): SourcedLine[] | null {
  const warehouse = [...locations].filter((location) => location.kind === 'WAREHOUSE').sort((a, b) => a.position - b.position)[0];
  if (!warehouse) return null;
  if (lines.some((line) => availableAt(available, warehouse.id, line.variantId) < line.quantity)) return null;
  return lines.map((line) => ({ ...line, sourceStoreId: warehouse.id }));
}

/** The warehouse's id even when it lacks stock (delivery then fails at reservation as OUT_OF_STOCK). */
export function warehouseId(locations: readonly Location[]): string | null {
  return [...locations].filter((location) => location.kind === 'WAREHOUSE').sort((a, b) => a.position - b.position)[0]?.id ?? null;
}
