import { describe, expect, it } from 'vitest';
import { firstReadyTime } from '@/lib/checkout/pickup-readiness';
import { planDelivery, planPickup, type Location } from '@/lib/checkout/plan-sources';

// Monday to Friday 10–19, Saturday 10–17, Sunday closed; an hour to prepare an order.
const HOURS = [
  ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: 600, closesAt: 1140 })),
  { weekday: 6, opensAt: 600, closesAt: 1020 },
];
const ready = (iso: string, exceptions: Parameters<typeof firstReadyTime>[1] = []) => firstReadyTime(HOURS, exceptions, 60, new Date(iso));

describe('when a pickup can be ready (Helsinki time)', () => {
  it('today, an hour from now, while the store is open', () => {
    // Tuesday 10 March 2026, 12:00 in Helsinki (UTC+2).
    expect(ready('2026-03-10T10:00:00Z')).toEqual({ dayOffset: 0, date: '2026-03-10', atMinutes: 13 * 60 });
  });

  it('an hour after opening, before the store opens', () => {
    expect(ready('2026-03-10T05:00:00Z')).toEqual({ dayOffset: 0, date: '2026-03-10', atMinutes: 11 * 60 });
  });

  it('the next opening day when there is not time to prepare it before closing', () => {
    // 18:30 in Helsinki: 19:30 would be after closing.
    expect(ready('2026-03-10T16:30:00Z')).toEqual({ dayOffset: 1, date: '2026-03-11', atMinutes: 11 * 60 });
    // Saturday 17:30: Sunday is closed, so Monday.
    expect(ready('2026-03-14T15:30:00Z')).toEqual({ dayOffset: 2, date: '2026-03-16', atMinutes: 11 * 60 });
  });

  it('follows the Helsinki clock across midnight and summer time', () => {
    // 00:30 on Wednesday in Helsinki is still Tuesday in UTC.
    expect(ready('2026-03-10T22:30:00Z')).toEqual({ dayOffset: 0, date: '2026-03-11', atMinutes: 11 * 60 });
    // June: UTC+3, so 09:00 UTC is 12:00.
    expect(ready('2026-06-10T09:00:00Z')).toEqual({ dayOffset: 0, date: '2026-06-10', atMinutes: 13 * 60 });
  });

  it('skips a holiday and uses a day’s exceptional hours', () => {
    const closedToday = [{ date: '2026-03-10', closed: true, opensAt: null, closesAt: null }];
    expect(ready('2026-03-10T08:00:00Z', closedToday)).toEqual({ dayOffset: 1, date: '2026-03-11', atMinutes: 11 * 60 });
    const shortDay = [{ date: '2026-03-10', closed: false, opensAt: 600, closesAt: 720 }];
    expect(ready('2026-03-10T09:30:00Z', shortDay)).toEqual({ dayOffset: 1, date: '2026-03-11', atMinutes: 11 * 60 });
  });

  it('is null for a store that never opens', () => {
    expect(firstReadyTime([], [], 60, new Date('2026-03-10T10:00:00Z'))).toBeNull();
  });
});

const STORE_A: Location = { id: 'a', kind: 'STORE', position: 1, pickupEnabled: true };
const STORE_B: Location = { id: 'b', kind: 'STORE', position: 2, pickupEnabled: true };
const NO_PICKUP: Location = { id: 'c', kind: 'STORE', position: 0, pickupEnabled: false };
const WAREHOUSE: Location = { id: 'w', kind: 'WAREHOUSE', position: 3, pickupEnabled: false };
const LOCATIONS = [NO_PICKUP, STORE_B, WAREHOUSE, STORE_A];

function stock(levels: Record<string, Record<string, number>>) {
  return new Map(Object.entries(levels).map(([store, variants]) => [store, new Map(Object.entries(variants))]));
}

describe('where a pickup order’s lines come from', () => {
  const lines = [{ variantId: 'x', quantity: 2 }, { variantId: 'y', quantity: 1 }];

  it('from the pickup store when it has them', () => {
    expect(planPickup(lines, 'a', LOCATIONS, stock({ a: { x: 2, y: 1 }, w: { x: 9, y: 9 } }))).toEqual([
      { variantId: 'x', quantity: 2, sourceStoreId: 'a' },
      { variantId: 'y', quantity: 1, sourceStoreId: 'a' },
    ]);
  });

  it('a missing line from the warehouse first, then from another store with pickup, never from a store without', () => {
    expect(planPickup(lines, 'a', LOCATIONS, stock({ a: { x: 1, y: 1 }, b: { x: 5 }, w: { x: 5 } }))?.[0].sourceStoreId).toBe('w');
    expect(planPickup(lines, 'a', LOCATIONS, stock({ a: { y: 1 }, b: { x: 5 }, c: { x: 5 } }))?.[0].sourceStoreId).toBe('b');
    expect(planPickup(lines, 'a', LOCATIONS, stock({ a: { y: 1 }, c: { x: 5 } }))).toBeNull();
  });

  it('home delivery only from the warehouse', () => {
    expect(planDelivery(lines, LOCATIONS, stock({ w: { x: 2, y: 1 } }))?.map((l) => l.sourceStoreId)).toEqual(['w', 'w']);
    expect(planDelivery(lines, LOCATIONS, stock({ w: { x: 1, y: 1 }, a: { x: 5 } }))).toBeNull();
    expect(planDelivery(lines, [STORE_A], stock({ a: { x: 5, y: 5 } }))).toBeNull();
  });
});
