import { formatMinutes } from '@/lib/stores/format-hours';

type Day = { weekday: number; opensAt: number; closesAt: number };

/**
 * Weekly hours in short: consecutive days with the same hours joined, e.g.
 * ["ma–pe 10:00–18:00", "la 10:00–15:00"]. `dayName` gives a weekday's short name.
 */
export function summarizeHours(hours: readonly Day[], dayName: (weekday: number) => string): string[] {
  const sorted = [...hours].sort((a, b) => a.weekday - b.weekday);
  const groups: { from: number; to: number; opensAt: number; closesAt: number }[] = [];
  for (const day of sorted) {
    const last = groups.at(-1);
    if (last && last.to === day.weekday - 1 && last.opensAt === day.opensAt && last.closesAt === day.closesAt) last.to = day.weekday;
    else groups.push({ from: day.weekday, to: day.weekday, opensAt: day.opensAt, closesAt: day.closesAt });
  }
  return groups.map((group) => {
    const days = group.from === group.to ? dayName(group.from) : `${dayName(group.from)}–${dayName(group.to)}`;
    return `${days} ${formatMinutes(group.opensAt)}–${formatMinutes(group.closesAt)}`;
  });
}
