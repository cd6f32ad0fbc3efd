// "Pick up today": can an order placed now be ready at this store before it closes today?
import { helsinkiClock } from './helsinki-clock';
import { hoursOn, type OpeningException, type WeeklyHours } from './opening-hours';

export type PickupStore = {
  kind: 'STORE' | 'WAREHOUSE';
  pickupEnabled: boolean;
  /** Minutes the staff need to pick an order. */
  preparationMinutes: number;
  weekly: readonly WeeklyHours[];
  exceptions: readonly OpeningException[];
};

/**
 * When an order placed at `now` would be ready today (minutes since Helsinki midnight), or null
 * when it cannot be picked up today: no pickup at this location, closed today, or too little time
 * left before closing. Before opening time, the staff start picking when the store opens.
 */
export function pickupReadyToday(store: PickupStore, now: Date): number | null {
  if (store.kind !== 'STORE' || !store.pickupEnabled) return null;
  const clock = helsinkiClock(now);
  const hours = hoursOn(clock, store.weekly, store.exceptions);
  if (!hours) return null;
  const readyAt = Math.max(clock.minutes, hours.opensAt) + store.preparationMinutes;
  return readyAt <= hours.closesAt ? readyAt : null;
}
