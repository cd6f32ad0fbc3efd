// Dates typed in the back office ("2026-11-24") are days in the shop's time zone; the order list
// and the audit log filter by them.
import { helsinkiLocalToUtc } from '@/lib/catalog/helsinki-local-time';

/** The instant a Helsinki calendar day begins (yyyy-mm-dd), or null for anything that is not a real date. */
export function helsinkiDayStart(day: string): Date | null {
  // Daylight saving changes in Helsinki at 03:00 or 04:00, so midnight always exists.
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? helsinkiLocalToUtc(`${day}T00:00`) : null;
}

/** The instant the day after `day` begins (for an inclusive "to" date). */
export function helsinkiDayEnd(day: string): Date | null {
  const start = helsinkiDayStart(day);
  if (!start) return null;
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return helsinkiDayStart(next);
}
