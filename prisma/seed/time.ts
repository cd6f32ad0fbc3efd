// Dates in the shop's time zone, for rows that must be "in N days at 18:00" wherever the seed runs.
const SHOP_TIME_ZONE = 'Europe/Helsinki';

function helsinkiDate(at: Date): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: SHOP_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** Minutes that Helsinki is ahead of UTC at the given instant (120 in winter, 180 in summer). */
function helsinkiOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: SHOP_TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')!.value; // "GMT+02:00"
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** The instant `days` days from today (Helsinki calendar) at hour:minute Helsinki time. */
export function helsinkiTimeInDays(days: number, hour: number, minute = 0, now = new Date()): Date {
  const today = helsinkiDate(now);
  const wallClock = Date.UTC(today.year, today.month - 1, today.day + days, hour, minute);
  // Guess with the offset at the wall-clock time, then correct once (matters only around DST changes).
  let instant = wallClock - helsinkiOffsetMinutes(new Date(wallClock)) * 60_000;
  instant = wallClock - helsinkiOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

/** The next date (as a UTC midnight Date, for `date` columns) with this month and day, from today on. */
export function nextDate(month: number, day: number, now = new Date()): Date {
  const today = helsinkiDate(now);
  const thisYear = Date.UTC(today.year, month - 1, day);
  const todayUtc = Date.UTC(today.year, today.month - 1, today.day);
  return new Date(thisYear >= todayUtc ? thisYear : Date.UTC(today.year + 1, month - 1, day));
}
