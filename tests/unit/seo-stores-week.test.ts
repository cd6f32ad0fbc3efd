// The stores page's "opening hours this week" and its map links.
import { describe, expect, it } from 'vitest';
import { storeMapUrl } from '@/lib/stores/map-link';
import { weekAhead } from '@/lib/stores/week-ahead';

const weekly = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: 600, closesAt: 1140 })).concat({ weekday: 6, opensAt: 600, closesAt: 1020 });

describe('weekAhead', () => {
  it('lists seven days from today, across the month, with exceptions applied and the Sunday closed', () => {
    // Friday 4 December 2026: Saturday is short, Sunday has no hours, Tuesday is closed for stocktaking,
    // and an exception after these seven days is not among them.
    const days = weekAhead({ date: '2026-12-04', weekday: 5 }, weekly, [
      { date: '2026-12-05', closed: false, opensAt: 600, closesAt: 900, note: 'Lyhennetty päivä' },
      { date: '2026-12-08', closed: true, opensAt: null, closesAt: null, note: 'Inventaario' },
      { date: '2026-12-20', closed: true, opensAt: null, closesAt: null, note: 'Myöhemmin' },
    ]);
    expect(days.map((d) => d.date)).toEqual(['2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10']);
    expect(days.map((d) => d.weekday)).toEqual([5, 6, 7, 1, 2, 3, 4]);
    expect(days[0]).toMatchObject({ hours: { opensAt: 600, closesAt: 1140 }, exception: null });
    expect(days[1]).toMatchObject({ hours: { opensAt: 600, closesAt: 900 }, exception: { note: 'Lyhennetty päivä' } });
    expect(days[2].hours).toBeNull();
    expect(days[4]).toMatchObject({ hours: null, exception: { note: 'Inventaario' } });
  });
});

describe('storeMapUrl', () => {
  it('opens the coordinates, or searches the address, or gives nothing', () => {
    const base = { street: 'Kauppakatu 21', postalCode: '40100', city: 'Jyväskylä' };
    expect(storeMapUrl({ ...base, latitude: 62.2417, longitude: 25.7465 })).toBe(
      'https://www.openstreetmap.org/?mlat=62.2417&mlon=25.7465#map=17/62.2417/25.7465',
    );
    expect(storeMapUrl({ ...base, latitude: null, longitude: null })).toBe(
      'https://www.openstreetmap.org/search?query=Kauppakatu%2021%2C%2040100%20Jyv%C3%A4skyl%C3%A4',
    );
    expect(storeMapUrl({ street: null, postalCode: null, city: null, latitude: null, longitude: null })).toBeNull();
  });
});
