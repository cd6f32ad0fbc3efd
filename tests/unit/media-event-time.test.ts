import { describe, expect, it } from 'vitest';
import { formatEventDay, formatEventTime } from '@/lib/content/format-event-time';

const now = new Date('2026-11-01T10:00:00Z');

describe('formatEventTime', () => {
  it('writes the time in Helsinki whatever the server zone', () => {
    // 16:00 UTC on 5 December is 18:00 in Helsinki (winter time, UTC+2).
    expect(formatEventTime(new Date('2026-12-05T16:00:00Z'), new Date('2026-12-05T18:00:00Z'), 'fi', now)).toBe('la 5.12. klo 18–20');
    expect(formatEventTime(new Date('2026-12-05T16:00:00Z'), new Date('2026-12-05T18:00:00Z'), 'en', now)).toBe('Sat 5 Dec, 18:00–20:00');
  });

  it('writes minutes when there are some, and summer time right', () => {
    // 15:30 UTC in June is 18:30 in Helsinki (UTC+3).
    expect(formatEventTime(new Date('2026-06-05T15:30:00Z'), new Date('2026-06-05T17:00:00Z'), 'fi', new Date('2026-05-01T00:00:00Z'))).toBe(
      'pe 5.6. klo 18.30–20',
    );
  });

  it('names both days when the event goes past midnight, and the year when it is not this one', () => {
    expect(formatEventTime(new Date('2027-01-08T18:00:00Z'), new Date('2027-01-08T23:00:00Z'), 'fi', now)).toBe(
      'pe 8.1.2027 klo 20 – la 9.1.2027 klo 1',
    );
    expect(formatEventDay(new Date('2027-01-08T18:00:00Z'), 'en', now)).toBe('Fri 8 Jan 2027');
  });
});
