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

/**
 * The locale for generateMetadata (an unknown one falls back to Finnish), also set for the
 * request: metadata can run before the page, and a next-intl call without the locale set reads
 * the request's headers, which a statically rendered page (ISR) must not do. A slug rendered on
 * its first visit that turns out unknown would otherwise answer 500 instead of the 404 page.
 */
export async function metadataLocale(params: LocaleParams['params']): Promise<AppLocale> {
  const { locale } = await params;
  const known = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  setRequestLocale(known);
  return known;
}
