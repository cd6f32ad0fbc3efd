import { SHOP_TIME_ZONE } from '@/lib/catalog/helsinki-clock';

const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: SHOP_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Helsinki's UTC offset in milliseconds at an instant. */
function offsetAt(instant: number): number {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - instant;
}

/**
 * The instant a Helsinki date (YYYY-MM-DD) begins. Finland changes clocks at 03:00/04:00, never
 * at midnight, so the offset two hours before UTC midnight is the offset at local midnight.
 */
export function helsinkiMidnight(day: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  return new Date(utcMidnight - offsetAt(utcMidnight - 2 * 3_600_000));
}

/** The instant the Helsinki day after `day` begins. */
export function helsinkiNextMidnight(day: string): Date {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return helsinkiMidnight(next);
}
