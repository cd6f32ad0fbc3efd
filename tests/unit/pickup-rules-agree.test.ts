// The product page's "pick up today" and the checkout's ready time read opening hours the same
// way, so the shop never promises at one step what it refuses at the next.
import { describe, expect, it } from 'vitest';
import { pickupReadyToday } from '@/lib/catalog/pickup-today';
import { firstReadyTime } from '@/lib/checkout/pickup-readiness';

const weekly = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt: 600, closesAt: 1200 }));
// Monday 23 November 2026, 09:00 in Helsinki (07:00 UTC).
const monday9am = new Date('2026-11-23T07:00:00Z');

function both(exceptions: { date: string; closed: boolean; opensAt: number | null; closesAt: number | null }[]) {
  const store = { kind: 'STORE' as const, pickupEnabled: true, preparationMinutes: 60, weekly, exceptions };
  const ready = firstReadyTime(weekly, exceptions, 60, monday9am);
  return { productPage: pickupReadyToday(store, monday9am), checkout: ready?.dayOffset === 0 ? ready.atMinutes : null };
}

describe('pickup today, on the product page and at the checkout', () => {
  it('agree on a regular day', () => {
    expect(both([])).toEqual({ productPage: 660, checkout: 660 });
  });

  it('agree on a holiday', () => {
    expect(both([{ date: '2026-11-23', closed: true, opensAt: null, closesAt: null }])).toEqual({ productPage: null, checkout: null });
  });

  it('agree on a short day', () => {
    expect(both([{ date: '2026-11-23', closed: false, opensAt: 720, closesAt: 800 }])).toEqual({ productPage: 780, checkout: 780 });
  });

  it('agree when an exception gives no hours (the weekly hours hold)', () => {
    expect(both([{ date: '2026-11-23', closed: false, opensAt: null, closesAt: null }])).toEqual({ productPage: 660, checkout: 660 });
  });
});
