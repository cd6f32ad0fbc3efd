import { defineRouting } from 'next-intl/routing';

export const locales = ['fi', 'en'] as const;
export type AppLocale = (typeof locales)[number];

// Finnish at /, English at /en.
export const routing = defineRouting({
  locales,
  defaultLocale: 'fi',
  localePrefix: 'as-needed',
  // / is always Finnish and /en always English, whatever the browser prefers; so no locale cookie
  // either (every link would otherwise carry its settings).
  localeDetection: false,
  localeCookie: false,
});

/** A path of the shop in a language, as its links read: /signin in Finnish, /en/signin in English. */
export function localizedPath(pathname: string, locale: AppLocale): string {
  if (locale === routing.defaultLocale) return pathname;
  return `/${locale}${pathname === '/' ? '' : pathname}`;
}
