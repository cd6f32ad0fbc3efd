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
