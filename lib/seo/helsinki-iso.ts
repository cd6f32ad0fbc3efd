// Dates for search engines and feeds: an ISO 8601 time in the shop's time zone with its offset
// (2026-12-01T18:00:00+02:00), so an event reads as "18:00 in Finland" and not as UTC.
import { SHOP_TIME_ZONE } from '@/lib/catalog/helsinki-clock';

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: SHOP_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

export function helsinkiIso(instant: Date): string {
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  // "GMT+02:00"; exactly at UTC offset 0 the formatter says "GMT".
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName.replace('GMT', '');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}
