// Dates typed in the back office ("2026-11-24") are days in the shop's time zone; the order list
// and the audit log filter by them.
import { SHOP_TIME_ZONE } from '@/lib/catalog/helsinki-clock';

/** The instant a Helsinki calendar day begins (yyyy-mm-dd), or null for anything that is not a real date. */
export function helsinkiDayStart(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const probe = new Date(utcMidnight);
  if (probe.toISOString().slice(0, 10) !== day) return null;
  // Helsinki is 2 or 3 hours ahead of UTC; its midnight is that much before UTC midnight.
  return new Date(utcMidnight - offsetMinutes(new Date(utcMidnight - 3 * 3600_000)) * 60_000);
}

/** The instant the day after `day` begins (for an inclusive "to" date). */
export function helsinkiDayEnd(day: string): Date | null {
  const start = helsinkiDayStart(day);
  if (!start) return null;
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return helsinkiDayStart(next);
}

function offsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: SHOP_TIME_ZONE, timeZoneName: 'longOffset' }).formatToParts(at);
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+02:00';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 120;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}
