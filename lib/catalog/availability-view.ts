// What the product page's availability island says about one variant, from the availability
// JSON: a status per location, the stores where it can be picked up today, and whether it can be
// bought online at all.
import type { LocationStock, ProductAvailability } from './types';

type Location = ProductAvailability['locations'][number];

export type LocationLine = { location: Location; stock: LocationStock };

/** Every location's stock of the variant: stores first (in shop order), then the warehouse. */
export function locationLines(availability: ProductAvailability, variantId: string): LocationLine[] {
  return availability.locations.flatMap((location) => {
    const stock = location.stock[variantId];
    return stock ? [{ location, stock }] : [];
  });
}

/** The stores where the variant can be picked up today, with the time it would be ready. */
export function pickupTodayStores(availability: ProductAvailability, variantId: string): { location: Location; readyAt: number }[] {
  return locationLines(availability, variantId).flatMap(({ location, stock }) =>
    stock.pickupToday && location.pickupReadyAt !== null ? [{ location, readyAt: location.pickupReadyAt }] : [],
  );
}

/** True when no location that serves online orders (warehouse, pickup store) has the variant. */
export function soldOutOnline(availability: ProductAvailability, variantId: string): boolean {
  return locationLines(availability, variantId)
    .filter(({ location }) => location.kind === 'WAREHOUSE' || location.pickupEnabled)
    .every(({ stock }) => stock.status === 'out');
}

/** 630 -> "10.30" in Finnish, "10:30" in English. */
export function formatClock(minutes: number, locale: string): string {
  const hours = Math.floor(minutes / 60);
  const mins = String(minutes % 60).padStart(2, '0');
  return locale === 'fi' ? `${hours}.${mins}` : `${String(hours).padStart(2, '0')}:${mins}`;
}
