// When a pickup order can be ready, from the store's opening hours (Europe/Helsinki time).
// Pure, so that it is unit-tested with fixed clocks.

/** ISO weekday 1 (Monday) .. 7 (Sunday), minutes since midnight. */
export type WeeklyHours = readonly { weekday: number; opensAt: number; closesAt: number }[];
/** A holiday or a day with other hours; `date` is YYYY-MM-DD. */
export type HoursException = { date: string; closed: boolean; opensAt: number | null; closesAt: number | null };

export type ReadyTime = {
  /** 0 = today, 1 = tomorrow ... in Helsinki. */
  dayOffset: number;
  /** YYYY-MM-DD in Helsinki. */
  date: string;
  /** Minutes since midnight. */
  atMinutes: number;
};

const SEARCH_DAYS = 14;

const helsinki = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Today's date and the time of day in Helsinki. */
export function helsinkiClock(now: Date): { year: number; month: number; day: number; minutes: number } {
  const parts = Object.fromEntries(helsinki.formatToParts(now).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
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
  const exceptionsByDate = new Map(exceptions.map((exception) => [exception.date, exception]));
  for (let dayOffset = fromDayOffset; dayOffset < fromDayOffset + SEARCH_DAYS; dayOffset += 1) {
    const civil = new Date(Date.UTC(clock.year, clock.month - 1, clock.day + dayOffset));
    const date = civil.toISOString().slice(0, 10);
    const open = openingOn(date, isoWeekday(civil), hours, exceptionsByDate);
    if (!open) continue;
    const start = dayOffset === 0 ? Math.max(clock.minutes, open.opensAt) : open.opensAt;
    const atMinutes = start + preparationMinutes;
    if (atMinutes <= open.closesAt) return { dayOffset, date, atMinutes };
  }
  return null;
}

function openingOn(
  date: string,
  weekday: number,
  hours: WeeklyHours,
  exceptions: ReadonlyMap<string, HoursException>,
): { opensAt: number; closesAt: number } | null {
  const exception = exceptions.get(date);
  if (exception) {
    if (exception.closed || exception.opensAt === null || exception.closesAt === null) return null;
    return { opensAt: exception.opensAt, closesAt: exception.closesAt };
  }
  return hours.find((row) => row.weekday === weekday) ?? null;
}

function isoWeekday(civilDate: Date): number {
  const day = civilDate.getUTCDay();
  return day === 0 ? 7 : day;
}
