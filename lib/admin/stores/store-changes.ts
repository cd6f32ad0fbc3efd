import { formatMinutes } from '@/lib/stores/format-hours';
import type { StoreInput, WeeklyHoursInput } from './store-schema';

type StoreFields = Omit<StoreInput, 'hours'>;
export type FieldChange = { from: unknown; to: unknown };

/** The audit log's "what changed": each changed field with its old and new value; hours as "1 10:00–18:00". */
export function storeChanges(
  before: (StoreFields & { hours: readonly WeeklyHoursInput[] }) | null,
  after: StoreInput,
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const key of Object.keys(after) as (keyof StoreInput)[]) {
    if (key === 'hours') continue;
    const from = before ? before[key] : null;
    if (from !== after[key]) changes[key] = { from, to: after[key] };
  }
  const hoursBefore = before ? describeHours(before.hours) : [];
  const hoursAfter = describeHours(after.hours);
  if (hoursBefore.join('|') !== hoursAfter.join('|')) changes.hours = { from: hoursBefore, to: hoursAfter };
  return changes;
}

function describeHours(hours: readonly WeeklyHoursInput[]): string[] {
  return [...hours]
    .sort((a, b) => a.weekday - b.weekday)
    .map((day) => `${day.weekday} ${formatMinutes(day.opensAt)}–${formatMinutes(day.closesAt)}`);
}
