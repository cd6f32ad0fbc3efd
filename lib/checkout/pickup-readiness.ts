// When a pickup order can be ready, from the store's opening hours (Europe/Helsinki time).
// Pure, so that it is unit-tested with fixed clocks.
import { helsinkiClock } from '@/lib/catalog/helsinki-clock';
import { hoursOn, type OpeningException, type WeeklyHours as WeeklyRow } from '@/lib/catalog/opening-hours';

/** Weekly hours (ISO weekday, minutes since midnight) and exceptions, as the catalog reads them. */
export type WeeklyHours = readonly WeeklyRow[];
export type HoursException = OpeningException;

export type ReadyTime = {
  /** 0 = today, 1 = tomorrow ... in Helsinki. */
  dayOffset: number;
  /** YYYY-MM-DD in Helsinki. */
  date: string;
  /** Minutes since midnight. */
  atMinutes: number;
};

const SEARCH_DAYS = 14;

/** Today's date in Helsinki as a UTC date at midnight (for date arithmetic and queries). */
export function helsinkiToday(now: Date): Date {
  const [year, month, day] = helsinkiClock(now).date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/**
 * The first moment an order with every line in the store can be handed over: the store must be
 * open and have `preparationMinutes` to pick it before closing. `fromDayOffset` starts the search
 * later (goods on their way from elsewhere). Null when the store is closed for the next two weeks.
 */
export function firstReadyTime(
  hours: WeeklyHours,
  exceptions: readonly HoursException[],
  preparationMinutes: number,
  now: Date,
  fromDayOffset = 0,
): ReadyTime | null {
  const clock = helsinkiClock(now);
  const today = helsinkiToday(now);
  for (let dayOffset = fromDayOffset; dayOffset < fromDayOffset + SEARCH_DAYS; dayOffset += 1) {
    const civil = new Date(today.getTime() + dayOffset * 86_400_000);
    const date = civil.toISOString().slice(0, 10);
    // The same rule as the product page's "pick up today" (lib/catalog/opening-hours.ts).
    const open = hoursOn({ date, weekday: isoWeekday(civil) }, hours, exceptions);
    if (!open) continue;
    const start = dayOffset === 0 ? Math.max(clock.minutes, open.opensAt) : open.opensAt;
    const atMinutes = start + preparationMinutes;
    if (atMinutes <= open.closesAt) return { dayOffset, date, atMinutes };
  }
  return null;
}

function isoWeekday(civilDate: Date): number {
  const day = civilDate.getUTCDay();
  return day === 0 ? 7 : day;
}
