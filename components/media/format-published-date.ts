import type { AppLocale } from '@/i18n/routing';

/** "5.12.2026" / "5 December 2026", in Helsinki time. */
export function formatPublishedDate(date: Date, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', {
    dateStyle: locale === 'fi' ? 'short' : 'long',
    timeZone: 'Europe/Helsinki',
  }).format(date);
}
