// Opening hours as people read them: "ma–pe 10.00–19.00, la 10.00–17.00". Pure.

/** 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type OpeningHoursRow = { weekday: number; opensAt: number; closesAt: number };
/** Consecutive weekdays with the same hours, e.g. Monday..Friday 10:00–19:00. */
export type OpeningHoursGroup = { fromWeekday: number; toWeekday: number; opensAt: number; closesAt: number };

export function groupOpeningHours(rows: readonly OpeningHoursRow[]): OpeningHoursGroup[] {
  const groups: OpeningHoursGroup[] = [];
  for (const row of [...rows].sort((a, b) => a.weekday - b.weekday)) {
    const last = groups.at(-1);
    if (last && last.toWeekday === row.weekday - 1 && last.opensAt === row.opensAt && last.closesAt === row.closesAt) {
      last.toWeekday = row.weekday;
    } else {
      groups.push({ fromWeekday: row.weekday, toWeekday: row.weekday, opensAt: row.opensAt, closesAt: row.closesAt });
    }
  }
  return groups;
}

/** 600 -> "10.00" in Finnish, "10:00" in English. */
export function formatClock(minutes: number, locale: string): string {
  const hours = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mins = String(minutes % 60).padStart(2, '0');
  return `${hours}${locale === 'fi' ? '.' : ':'}${mins}`;
}
