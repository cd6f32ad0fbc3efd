// Clock times for staff and guest pages; an event's whole span is formatEventTime in
// lib/content/format-event-time.ts.
import { SHOP_TIME_ZONE } from '@/lib/catalog/helsinki-clock';

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
