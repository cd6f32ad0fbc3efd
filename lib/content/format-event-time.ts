// When an event happens, in Helsinki time whatever the server's zone: "la 5.12. klo 18–20" in
// Finnish, "Sat 5 Dec, 18:00–20:00" in English.
import type { AppLocale } from '@/i18n/routing';

const ZONE = 'Europe/Helsinki';

type Parts = { weekday: string; day: number; month: number; year: number; hour: number; minute: number };

function helsinkiParts(date: Date, locale: AppLocale): Parts {
  const parts = new Intl.DateTimeFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', {
    timeZone: ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    weekday: get('weekday').replace(/\.$/, ''),
    day: Number(get('day')),
    month: Number(get('month')),
    year: Number(get('year')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
  };
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

function dayText(p: Parts, locale: AppLocale, withYear: boolean): string {
  if (locale === 'fi') return `${p.weekday} ${p.day}.${p.month}.${withYear ? p.year : ''}`;
  return `${p.weekday} ${p.day} ${MONTHS_EN[p.month - 1]}${withYear ? ` ${p.year}` : ''}`;
}

/** Finnish "18" or "18.30"; English "18:00". */
function clockText(p: Parts, locale: AppLocale): string {
  if (locale === 'fi') return p.minute === 0 ? String(p.hour) : `${p.hour}.${pad(p.minute)}`;
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * The event's day and time span. The year is written when it is not the year of `now` (Helsinki).
 * An event over midnight names both days.
 */
export function formatEventTime(startsAt: Date, endsAt: Date, locale: AppLocale, now: Date = new Date()): string {
  const start = helsinkiParts(startsAt, locale);
  const end = helsinkiParts(endsAt, locale);
  const withYear = start.year !== helsinkiParts(now, locale).year;
  const sameDay = start.year === end.year && start.month === end.month && start.day === end.day;
  const at = locale === 'fi' ? ' klo ' : ', ';
  if (sameDay) return `${dayText(start, locale, withYear)}${at}${clockText(start, locale)}–${clockText(end, locale)}`;
  return `${dayText(start, locale, withYear)}${at}${clockText(start, locale)} – ${dayText(end, locale, withYear)}${at}${clockText(end, locale)}`;
}

/** The date alone, e.g. for a card: "la 5.12." / "Sat 5 Dec". */
export function formatEventDay(startsAt: Date, locale: AppLocale, now: Date = new Date()): string {
  const start = helsinkiParts(startsAt, locale);
  return dayText(start, locale, start.year !== helsinkiParts(now, locale).year);
}
