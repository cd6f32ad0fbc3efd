import { defineRouting } from 'next-intl/routing';

export const locales = ['fi', 'en'] as const;
export type AppLocale = (typeof locales)[number];

// Finnish at /, English at /en.
export const routing = defineRouting({
  locales,
  defaultLocale: 'fi',
  localePrefix: 'as-needed',
});
