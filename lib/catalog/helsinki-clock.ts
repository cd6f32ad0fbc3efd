// The shop's wall clock. Opening hours are stored as minutes since midnight in Europe/Helsinki
// time, so "now" is turned into that time zone's date, weekday and minutes (daylight saving time
// included) before it is compared with them.

export const SHOP_TIME_ZONE = 'Europe/Helsinki';

export type LocalClock = {
  /** The local date, YYYY-MM-DD. */
  date: string;
  /** ISO weekday: 1 = Monday ... 7 = Sunday. */
  weekday: number;
  /** Minutes since local midnight, 0 ... 1439. */
  minutes: number;
};

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: SHOP_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The date, weekday and time of day in Helsinki at the instant `now`. */
export function helsinkiClock(now: Date): LocalClock {
  const parts = Object.fromEntries(formatter.formatToParts(now).map((part) => [part.type, part.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS[parts.weekday],
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}
