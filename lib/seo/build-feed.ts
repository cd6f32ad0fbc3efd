// An RSS 2.0 or Atom 1.0 document of stories and guides. Links and images are absolute; each item
// names its tags as categories. Titles, excerpts, names and tags are plain text: Atom says so
// (type="text"); RSS has no such attribute and readers take an item's description as HTML, so the
// excerpt there is HTML-escaped first. Every value is XML-escaped, attributes included.
import 'server-only';
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

type Entry = FeedItemData & { link: string; image: { url: string; type: string } | null };

export function buildFeed(input: FeedInput): string {
  const entries: Entry[] = input.items.map((item) => ({
    ...item,
    link: appUrl(contentPath(item.type, input.locale, item.slug), input.locale),
    image: item.coverImageUrl ? feedImage(absoluteUrl(item.coverImageUrl)) : null,
  }));
  const updated = input.items.length ? input.items.map((item) => item.updatedAt).reduce((a, b) => (a > b ? a : b)) : new Date().toISOString();
  return `<?xml version="1.0" encoding="utf-8"?>\n${input.format === 'rss' ? rss(input, entries, updated) : atom(input, entries, updated)}\n`;
}

function atom({ locale, title, description }: FeedInput, entries: Entry[], updated: string): string {
  const entry = (item: Entry) => `  <entry>
    <id>${xml(item.link)}</id>
    <title type="text">${xml(item.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(item.link)}"/>${item.image ? `\n    <link rel="enclosure" type="${item.image.type}" href="${xml(item.image.url)}"/>` : ''}
    <updated>${iso(item.updatedAt)}</updated>
    <published>${iso(item.publishedAt)}</published>${item.excerpt ? `\n    <summary type="text">${xml(item.excerpt)}</summary>` : ''}${
      item.authorName ? `\n    <author><name>${xml(item.authorName)}</name></author>` : ''
    }${item.tags.map((tag) => `\n    <category term="${xml(tag)}" label="${xml(tag)}"/>`).join('')}
  </entry>`;
  return `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>${xml(feedUrl(locale, 'atom'))}</id>
  <title type="text">${xml(title)}</title>
  <subtitle type="text">${xml(description)}</subtitle>
  <updated>${iso(updated)}</updated>
  <link rel="alternate" type="text/html" href="${xml(appUrl('', locale))}"/>
  <link rel="self" type="application/atom+xml" href="${xml(feedUrl(locale, 'atom'))}"/>
  <icon>${xml(absoluteUrl('/icon.svg'))}</icon>
  <rights type="text">${xml(`© ${title}`)}</rights>
${entries.map(entry).join('\n')}
</feed>`;
}

function rss({ locale, title, description }: FeedInput, entries: Entry[], updated: string): string {
  const item = (entry: Entry) => `    <item>
      <title>${xml(entry.title)}</title>
      <link>${xml(entry.link)}</link>
      <guid isPermaLink="true">${xml(entry.link)}</guid>
      <pubDate>${new Date(entry.publishedAt).toUTCString()}</pubDate>${entry.excerpt ? `\n      <description>${xml(html(entry.excerpt))}</description>` : ''}${
        entry.authorName ? `\n      <dc:creator>${xml(entry.authorName)}</dc:creator>` : ''
      }${entry.tags.map((tag) => `\n      <category>${xml(tag)}</category>`).join('')}${
        entry.image ? `\n      <enclosure url="${xml(entry.image.url)}" length="0" type="${entry.image.type}"/>` : ''
      }
    </item>`;
  return `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${xml(title)}</title>
    <link>${xml(appUrl('', locale))}</link>
    <description>${xml(description)}</description>
    <language>${locale}</language>
    <lastBuildDate>${new Date(updated).toUTCString()}</lastBuildDate>
    <copyright>${xml(`© ${title}`)}</copyright>
    <atom:link rel="self" type="application/rss+xml" href="${xml(feedUrl(locale, 'rss'))}"/>
${entries.map(item).join('\n')}
  </channel>
</rss>`;
}

const IMAGE_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  gif: 'image/gif',
};

/** The cover image with its media type (from the file's extension); null for a type we cannot name. */
function feedImage(url: string): { url: string; type: string } | null {
  const extension = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  const type = extension ? IMAGE_TYPES[extension] : undefined;
  return type ? { url, type } : null;
}

function iso(date: string): string {
  return new Date(date).toISOString();
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Plain text as HTML that shows exactly that text. */
function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/** Text as XML character data or an attribute value; characters XML 1.0 cannot carry are dropped. */
function xml(text: string): string {
  return html(text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ''));
}
