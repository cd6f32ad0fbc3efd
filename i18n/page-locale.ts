import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing, type AppLocale } from './routing';

export type LocaleParams = { params: Promise<{ locale: string }> };

/** The page's locale from its params (404 for an unknown one), set for this request's rendering. */
export async function pageLocale(params: LocaleParams['params']): Promise<AppLocale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** The locale for generateMetadata (no side effects). */
export async function metadataLocale(params: LocaleParams['params']): Promise<AppLocale> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}
