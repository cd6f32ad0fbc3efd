import { describe, expect, it } from 'vitest';
import { helsinkiClock } from '@/lib/catalog/helsinki-clock';
import { hoursOn } from '@/lib/catalog/opening-hours';
import { pickupReadyToday, type PickupStore } from '@/lib/catalog/pickup-today';

const hm = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3));

// Like the demo's Jyväskylä store: weekdays 10–19, Saturday 10–17, Sunday 12–16; 60 minutes to pick.
const store: PickupStore = {
  kind: 'STORE',
  pickupEnabled: true,
  preparationMinutes: 60,
  weekly: [
    ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: hm('10:00'), closesAt: hm('19:00') })),
    { weekday: 6, opensAt: hm('10:00'), closesAt: hm('17:00') },
    { weekday: 7, opensAt: hm('12:00'), closesAt: hm('16:00') },
  ],
  exceptions: [],
};

describe('helsinkiClock', () => {
  it('is two hours ahead of UTC in winter and three in summer', () => {
    expect(helsinkiClock(new Date('2026-01-15T08:30:00Z'))).toEqual({ date: '2026-01-15', weekday: 4, minutes: hm('10:30') });
    expect(helsinkiClock(new Date('2026-07-15T08:30:00Z'))).toEqual({ date: '2026-07-15', weekday: 3, minutes: hm('11:30') });
  });

  it('turns the date at Helsinki midnight, not at UTC midnight', () => {
    expect(helsinkiClock(new Date('2026-01-15T22:30:00Z'))).toEqual({ date: '2026-01-16', weekday: 5, minutes: hm('00:30') });
    expect(helsinkiClock(new Date('2026-06-30T21:05:00Z'))).toEqual({ date: '2026-07-01', weekday: 3, minutes: hm('00:05') });
  });

  it('follows the clocks across the daylight saving changes (29 March and 25 October 2026)', () => {
    // 03:00 EET becomes 04:00 EEST at 01:00 UTC.
    expect(helsinkiClock(new Date('2026-03-29T00:59:00Z')).minutes).toBe(hm('02:59'));
    expect(helsinkiClock(new Date('2026-03-29T01:00:00Z')).minutes).toBe(hm('04:00'));
    // 04:00 EEST goes back to 03:00 EET at 01:00 UTC.
    expect(helsinkiClock(new Date('2026-10-25T00:59:00Z')).minutes).toBe(hm('03:59'));
    expect(helsinkiClock(new Date('2026-10-25T01:00:00Z')).minutes).toBe(hm('03:00'));
  });
});

describe('hoursOn', () => {
  const monday = { date: '2026-12-07', weekday: 1 };

  it('uses the weekly hours of the weekday, and a weekday without hours is closed', () => {
    expect(hoursOn(monday, store.weekly, [])).toEqual({ opensAt: hm('10:00'), closesAt: hm('19:00') });
    expect(hoursOn({ date: '2026-12-13', weekday: 7 }, store.weekly.filter((w) => w.weekday !== 7), [])).toBeNull();
  });

  it('lets an exception for the date close the store or change its hours', () => {
    const closed = { date: '2026-12-07', closed: true, opensAt: null, closesAt: null };
    const short = { date: '2026-12-07', closed: false, opensAt: hm('09:00'), closesAt: hm('12:00') };
    const otherDay = { date: '2026-12-08', closed: true, opensAt: null, closesAt: null };
    expect(hoursOn(monday, store.weekly, [closed])).toBeNull();
    expect(hoursOn(monday, store.weekly, [short])).toEqual({ opensAt: hm('09:00'), closesAt: hm('12:00') });
    expect(hoursOn(monday, store.weekly, [otherDay])).toEqual({ opensAt: hm('10:00'), closesAt: hm('19:00') });
  });
});

describe('pickupReadyToday', () => {
  it('is ready an hour after the order while the store is open and there is time before closing', () => {
    // Monday 7 December 2026, 12:15 in Helsinki (UTC+2).
    expect(pickupReadyToday(store, new Date('2026-12-07T10:15:00Z'))).toBe(hm('13:15'));
  });

  it('counts the preparation from opening time when ordered before the store opens', () => {
    expect(pickupReadyToday(store, new Date('2026-12-07T05:00:00Z'))).toBe(hm('11:00')); // 07:00 local
  });

  it('is not possible when the preparation would end after closing', () => {
    expect(pickupReadyToday(store, new Date('2026-12-07T15:59:00Z'))).toBe(hm('18:59')); // 17:59 local
    expect(pickupReadyToday(store, new Date('2026-12-07T16:00:00Z'))).toBe(hm('19:00')); // 18:00: ready at closing
    expect(pickupReadyToday(store, new Date('2026-12-07T16:01:00Z'))).toBeNull(); // 18:01
    expect(pickupReadyToday(store, new Date('2026-12-07T18:30:00Z'))).toBeNull(); // after closing
  });

  it('judges the same UTC instant by Helsinki summer time in summer', () => {
    // 15:30 UTC is 17:30 in January (ready 18:30) but 18:30 in June (too late for 19:00).
    expect(pickupReadyToday(store, new Date('2026-01-15T15:30:00Z'))).toBe(hm('18:30'));
    expect(pickupReadyToday(store, new Date('2026-06-15T15:30:00Z'))).toBeNull();
    expect(pickupReadyToday(store, new Date('2026-06-15T14:30:00Z'))).toBe(hm('18:30'));
  });

  it('uses the weekend hours', () => {
    // Saturday 12 December: open 10–17.
    expect(pickupReadyToday(store, new Date('2026-12-12T14:00:00Z'))).toBe(hm('17:00')); // 16:00 local
    expect(pickupReadyToday(store, new Date('2026-12-12T14:30:00Z'))).toBeNull(); // 16:30 local
    // Sunday 13 December: open 12–16.
    expect(pickupReadyToday(store, new Date('2026-12-13T08:00:00Z'))).toBe(hm('13:00')); // 10:00 local
  });

  it('is not possible on a holiday, in a store without pickup or in a warehouse', () => {
    const independenceDay = { date: '2026-12-07', closed: true, opensAt: null, closesAt: null };
    const at = new Date('2026-12-07T10:15:00Z');
    expect(pickupReadyToday({ ...store, exceptions: [independenceDay] }, at)).toBeNull();
    expect(pickupReadyToday({ ...store, pickupEnabled: false }, at)).toBeNull();
    expect(pickupReadyToday({ ...store, kind: 'WAREHOUSE' }, at)).toBeNull();
  });

  it('follows a short day (Christmas Eve 9–12)', () => {
    const christmasEve = { date: '2026-12-24', closed: false, opensAt: hm('09:00'), closesAt: hm('12:00') };
    const withEve = { ...store, exceptions: [christmasEve] };
    expect(pickupReadyToday(withEve, new Date('2026-12-24T08:00:00Z'))).toBe(hm('11:00')); // 10:00 local
    expect(pickupReadyToday(withEve, new Date('2026-12-24T09:30:00Z'))).toBeNull(); // 11:30 local
  });
});
