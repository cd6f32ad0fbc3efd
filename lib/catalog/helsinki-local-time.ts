// Times typed in the back office (<input type="datetime-local">, "2026-12-04T18:00") are
// wall-clock times in Helsinki; they are stored as UTC instants and shown back in Helsinki time.
import { SHOP_TIME_ZONE } from '@/lib/catalog/helsinki-clock';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The instant of a Helsinki wall-clock time, or null when the text is not a real date and time. */
export function helsinkiLocalToUtc(local: string): Date | null {
  const match = LOCAL.exec(local.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(asUtc).toISOString().slice(0, 16) !== local.trim() || hour > 23) return null;
  // The offset at the guessed instant, checked again at the result (daylight saving changes).
  let instant = asUtc - offsetMinutes(new Date(asUtc)) * 60_000;
  instant = asUtc - offsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant);
}

/** An instant as the value of a datetime-local input in Helsinki time ("2026-12-04T18:00"). */
export function utcToHelsinkiLocal(instant: Date): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

function offsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: SHOP_TIME_ZONE, timeZoneName: 'longOffset' }).formatToParts(at);
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+02:00';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}
