// An RSS 2.0 or Atom 1.0 document of stories and guides (the `feed` package writes the XML and
// escapes it). Links and images are absolute; each item names its tags as categories.
import 'server-only';
import { Feed } from 'feed';
import type { AppLocale } from '@/i18n/routing';
import { contentPath } from '@/lib/content/content-paths';
import { appUrl } from '@/lib/email/translator';
import { absoluteUrl } from './absolute-url';
import { feedUrl, type FeedFormat } from './feed-links';
import type { FeedItemData } from './list-feed-items';

export type FeedInput = {
  locale: AppLocale;
  format: FeedFormat;
  items: readonly FeedItemData[];
  /** The feed's title and description (the shop's name and tagline). */
  title: string;
  description: string;
};

export function buildFeed({ locale, format, items, title, description }: FeedInput): string {
  const home = appUrl('', locale);
  const feed = new Feed({
    id: feedUrl(locale, format),
    title,
    description,
    link: home,
    language: locale,
    favicon: absoluteUrl('/icon.svg'),
    copyright: `© ${title}`,
    updated: items.length ? new Date(items.map((item) => item.updatedAt).reduce((a, b) => (a > b ? a : b))) : new Date(),
    generator: false,
    feedLinks: { rss: feedUrl(locale, 'rss'), atom: feedUrl(locale, 'atom') },
  });
  for (const item of items) {
    const link = appUrl(contentPath(item.type, locale, item.slug), locale);
    feed.addItem({
      title: item.title,
      id: link,
      guid: link,
      link,
      description: item.excerpt ?? undefined,
      date: new Date(item.updatedAt),
      published: new Date(item.publishedAt),
      author: item.authorName ? [{ name: item.authorName }] : undefined,
      category: item.tags.map((name) => ({ name, term: name })),
      image: item.coverImageUrl ? absoluteUrl(item.coverImageUrl) : undefined,
    });
  }
  return format === 'rss' ? feed.rss2() : feed.atom1();
}
