// A store's next seven days as the stores page lists them ("today 10–19, Sat 10–17, Sun closed"):
// the weekly hours with that week's exceptions applied. Pure.
import { hoursOn, type DayHours, type WeeklyHours } from '@/lib/catalog/opening-hours';

export type DayException = { date: string; closed: boolean; opensAt: number | null; closesAt: number | null; note: string | null };

export type DayOpening = {
  /** YYYY-MM-DD */
  date: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Null when closed all day. */
  hours: DayHours | null;
  /** The exception's note ("Itsenäisyyspäivä") when the day is not a usual one. */
  exception: { note: string | null } | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Seven days from `today` (the Helsinki date and weekday). */
export function weekAhead(
  today: { date: string; weekday: number },
  weekly: readonly WeeklyHours[],
  exceptions: readonly DayException[],
): DayOpening[] {
  const start = Date.parse(`${today.date}T00:00:00Z`);
  return Array.from({ length: 7 }, (_, offset) => {
    const date = new Date(start + offset * DAY_MS).toISOString().slice(0, 10);
    const weekday = ((today.weekday - 1 + offset) % 7) + 1;
    const exception = exceptions.find((e) => e.date === date);
    return { date, weekday, hours: hoursOn({ date, weekday }, weekly, exceptions), exception: exception ? { note: exception.note } : null };
  });
}
