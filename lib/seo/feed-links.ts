// Where the RSS and Atom feeds of stories and guides are, per language, and the <link
// rel="alternate"> entries that let browsers and feed readers find them.
import 'server-only';
import type { Metadata } from 'next';
import type { AppLocale } from '@/i18n/routing';
import { appUrl } from '@/lib/email/translator';

export type FeedFormat = 'rss' | 'atom';

/** The absolute address of a feed: /feed/fi/rss.xml, /feed/en/atom.xml (outside the locale routes). */
export function feedUrl(locale: AppLocale, format: FeedFormat): string {
  return appUrl(`/feed/${locale}/${format}.xml`, 'fi');
}

/**
 * Feed links for a page's metadata: spread into `alternates` next to `canonical` (a page's own
 * `alternates` replaces its layout's, so layouts cannot add these for their pages).
 */
export function feedAlternates(locale: AppLocale, title?: string): Pick<NonNullable<Metadata['alternates']>, 'types'> {
  const named = (url: string) => (title ? [{ url, title }] : url);
  return {
    types: {
      'application/rss+xml': named(feedUrl(locale, 'rss')),
      'application/atom+xml': named(feedUrl(locale, 'atom')),
    },
  };
}
