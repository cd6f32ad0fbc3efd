// The <head> of a story, guide or event page and of the section index pages: title and
// description, the canonical address, hreflang links to the other language's version, feed
// links, and the OpenGraph / Twitter card for link previews.
import 'server-only';
import type { Metadata } from 'next';
import type { AppLocale } from '@/i18n/routing';
import { appUrl } from '@/lib/email/translator';
import { absoluteUrl } from '@/lib/seo/absolute-url';
import { contentDescription } from '@/lib/seo/content-description';
import { feedAlternates } from '@/lib/seo/feed-links';
import { contentPath, type PublicContentType } from './content-paths';
import type { ContentView } from './types';

const OG_LOCALE: Record<AppLocale, string> = { fi: 'fi_FI', en: 'en_GB' };

/** hreflang links: each language's address, Finnish as the default; empty without a translation. */
function languageLinks(urls: Partial<Record<AppLocale, string>>): Record<string, string> | undefined {
  if (!urls.fi || !urls.en) return undefined;
  return { fi: urls.fi, en: urls.en, 'x-default': urls.fi };
}

export function contentMetadata(content: ContentView, options: { shopName: string }): Metadata {
  const url = appUrl(contentPath(content.type, content.locale, content.slug), content.locale);
  const urls: Partial<Record<AppLocale, string>> = { [content.locale]: url };
  if (content.translation) {
    const other = content.translation;
    urls[other.locale] = appUrl(contentPath(content.type, other.locale, other.slug), other.locale);
  }
  const description = contentDescription(content) || undefined;
  const image = content.coverImageUrl ? { url: absoluteUrl(content.coverImageUrl), alt: content.coverImageAlt ?? '' } : null;
  // Events are not in the feeds (they list stories and guides).
  const feeds = content.type === 'EVENT' ? {} : feedAlternates(content.locale);
  return {
    title: content.title,
    description,
    alternates: { canonical: url, languages: languageLinks(urls), ...feeds },
    // A draft or scheduled item is only ever seen in the owner's preview: never indexed.
    robots: content.status === 'PUBLISHED' ? undefined : { index: false, follow: false },
    openGraph: {
      type: 'article',
      url,
      siteName: options.shopName,
      title: content.title,
      description,
      locale: OG_LOCALE[content.locale],
      alternateLocale: content.translation ? OG_LOCALE[content.translation.locale] : undefined,
      publishedTime: content.publishedAt?.toISOString(),
      modifiedTime: content.updatedAt.toISOString(),
      authors: content.authorName ? [content.authorName] : undefined,
      tags: content.tags.map((tag) => tag.name),
      images: image ? [image] : undefined,
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title: content.title,
      description,
      images: image ? [image] : undefined,
    },
  };
}

/** The index page of stories, guides or events (/tarinat, /en/stories): canonical, hreflang and feeds. */
export function sectionIndexMetadata(type: PublicContentType, locale: AppLocale): Metadata {
  const fi = appUrl(contentPath(type, 'fi'), 'fi');
  const en = appUrl(contentPath(type, 'en'), 'en');
  return {
    alternates: {
      canonical: locale === 'fi' ? fi : en,
      languages: languageLinks({ fi, en }),
      ...(type === 'EVENT' ? {} : feedAlternates(locale)),
    },
  };
}
