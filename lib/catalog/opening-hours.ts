// A store's hours on one day: its weekly hours, unless an exception (a holiday, a short day)
// says otherwise for that date.
import type { LocalClock } from './helsinki-clock';

/** Minutes since local midnight, e.g. 600 = 10:00. */
export type DayHours = { opensAt: number; closesAt: number };

export type WeeklyHours = DayHours & { weekday: number };

export type OpeningException = {
  /** YYYY-MM-DD */
  date: string;
  closed: boolean;
  opensAt: number | null;
  closesAt: number | null;
};

/** The hours on the clock's day, or null when the store is closed all day. */
export function hoursOn(
  day: Pick<LocalClock, 'date' | 'weekday'>,
  weekly: readonly WeeklyHours[],
  exceptions: readonly OpeningException[],
): DayHours | null {
  const exception = exceptions.find((e) => e.date === day.date);
  if (exception?.closed) return null;
  if (exception && exception.opensAt !== null && exception.closesAt !== null) {
    return { opensAt: exception.opensAt, closesAt: exception.closesAt };
  }
  const regular = weekly.find((w) => w.weekday === day.weekday);
  return regular ? { opensAt: regular.opensAt, closesAt: regular.closesAt } : null;
}
