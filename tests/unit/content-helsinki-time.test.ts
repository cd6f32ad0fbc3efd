import { describe, expect, it } from 'vitest';
import { helsinkiLocalToUtc, utcToHelsinkiLocal } from '@/lib/catalog/helsinki-local-time';

describe('Helsinki wall-clock times in the content editor', () => {
  it('reads winter (UTC+2) and summer (UTC+3) times', () => {
    expect(helsinkiLocalToUtc('2026-12-04T18:00')?.toISOString()).toBe('2026-12-04T16:00:00.000Z');
    expect(helsinkiLocalToUtc('2026-06-04T18:00')?.toISOString()).toBe('2026-06-04T15:00:00.000Z');
  });

  it('handles the days daylight saving time starts and ends', () => {
    // 29 March 2026: clocks go from 03:00 to 04:00; 25 October 2026: from 04:00 back to 03:00.
    expect(helsinkiLocalToUtc('2026-03-29T12:00')?.toISOString()).toBe('2026-03-29T09:00:00.000Z');
    expect(helsinkiLocalToUtc('2026-10-25T12:00')?.toISOString()).toBe('2026-10-25T10:00:00.000Z');
  });

  it('shows a stored instant back as the same wall-clock time', () => {
    for (const local of ['2026-01-15T09:30', '2026-07-01T23:45', '2026-10-25T12:00']) {
      expect(utcToHelsinkiLocal(helsinkiLocalToUtc(local)!)).toBe(local);
    }
  });

  it('refuses what is not a real date and time', () => {
    for (const text of ['', '2026-02-30T10:00', '2026-13-01T10:00', '2026-01-01 10:00', '2026-01-01T25:00', 'tomorrow']) {
      expect(helsinkiLocalToUtc(text)).toBeNull();
    }
  });
});
