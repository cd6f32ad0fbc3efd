import 'server-only';
import { prisma } from '@/lib/db';
import { PERIOD_DAYS, type DashboardPeriod } from './period';

export type PeriodBounds = {
  period: DashboardPeriod;
  /** The first Helsinki midnight of the period (inclusive). */
  start: Date;
  /** The Helsinki midnight after today (exclusive). */
  end: Date;
  /** The period's Helsinki dates, YYYY-MM-DD, oldest first. */
  days: string[];
  now: Date;
};

/**
 * The instants a period runs between. PostgreSQL does the time zone arithmetic, so a day with a
 * daylight saving change is 23 or 25 hours long, as it is in Helsinki.
 */
export async function getPeriodBounds(period: DashboardPeriod, now: Date): Promise<PeriodBounds> {
  const days = PERIOD_DAYS[period];
  const [row] = await prisma.$queryRaw<{ start: Date; end: Date; days: string[] }[]>`
    WITH today AS (SELECT date_trunc('day', ${now}::timestamptz AT TIME ZONE 'Europe/Helsinki') AS midnight)
    SELECT (midnight - make_interval(days => ${days - 1}::int)) AT TIME ZONE 'Europe/Helsinki' AS start,
           (midnight + interval '1 day') AT TIME ZONE 'Europe/Helsinki' AS "end",
           ARRAY(SELECT to_char(d, 'YYYY-MM-DD')
                   FROM generate_series(midnight - make_interval(days => ${days - 1}::int), midnight, interval '1 day') AS d) AS days
      FROM today`;
  return { period, start: row.start, end: row.end, days: row.days, now };
}
