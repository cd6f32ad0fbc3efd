import { SHOP_TIME_ZONE } from '@/lib/catalog/helsinki-clock';

/** "ti 12.6.2031 klo 18.00–20.00" / "Thu 12/06/2031, 18:00–20:00": an event's time in Helsinki time, for staff and guest pages. */
export function formatEventTime(startsAt: Date, endsAt: Date, locale: 'fi' | 'en'): string {
  const tag = locale === 'fi' ? 'fi-FI' : 'en-GB';
  const day = new Intl.DateTimeFormat(tag, { timeZone: SHOP_TIME_ZONE, weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric' }).format(startsAt);
  const clock = new Intl.DateTimeFormat(tag, { timeZone: SHOP_TIME_ZONE, hour: '2-digit', minute: '2-digit' });
  return `${day}${locale === 'fi' ? ' klo' : ','} ${clock.format(startsAt)}–${clock.format(endsAt)}`;
}

/** The time of day only ("18.05" / "18:05"), in Helsinki time. */
export function formatClockTime(at: Date, locale: 'fi' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', { timeZone: SHOP_TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(at);
}

/** A date and time ("12.6.2031 klo 18.05" / "12/06/2031, 18:05"), in Helsinki time. */
export function formatDateTime(at: Date, locale: 'fi' | 'en'): string {
  const tag = locale === 'fi' ? 'fi-FI' : 'en-GB';
  const day = new Intl.DateTimeFormat(tag, { timeZone: SHOP_TIME_ZONE, day: 'numeric', month: 'numeric', year: 'numeric' }).format(at);
  return `${day}${locale === 'fi' ? ' klo' : ','} ${formatClockTime(at, locale)}`;
}
