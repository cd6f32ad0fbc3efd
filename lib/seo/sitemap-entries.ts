// The sitemap's entries from its sources: every page in both languages, each with hreflang links
// to its other language and the time it last changed.
import 'server-only';
import type { MetadataRoute } from 'next';
import type { AppLocale } from '@/i18n/routing';
import { contentPath, PUBLIC_CONTENT_TYPES } from '@/lib/content/content-paths';
import { appUrl } from '@/lib/email/translator';
import type { SitemapSources } from './read-sitemap-sources';

type Entry = MetadataRoute.Sitemap[number];

const latest = (dates: readonly string[]): string | undefined => (dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : undefined);

/** The two entries of a page that exists in both languages (paths without the locale prefix). */
function bothLanguages(paths: Record<AppLocale, string>, lastModified: string | undefined): Entry[] {
  const urls = { fi: appUrl(paths.fi, 'fi'), en: appUrl(paths.en, 'en') };
  const languages = { ...urls, 'x-default': urls.fi };
  return (['fi', 'en'] as const).map((locale) => ({
    url: urls[locale],
    ...(lastModified ? { lastModified } : {}),
    alternates: { languages },
  }));
}

const same = (path: string) => ({ fi: path, en: path });

export function sitemapEntries(sources: SitemapSources): MetadataRoute.Sitemap {
  const entries: Entry[] = [];
  const contentDates = sources.content.map((c) => c.lastModified);
  const productDates = sources.products.map(([, date]) => date);

  entries.push(...bothLanguages(same(''), latest([...productDates, ...contentDates])));
  entries.push(...bothLanguages(same('/category'), latest(sources.categories.map(([, date]) => date))));
  for (const [slug, date] of sources.categories) entries.push(...bothLanguages(same(`/category/${encodeURIComponent(slug)}`), date));
  entries.push(...bothLanguages(same('/stores'), undefined));

  for (const type of PUBLIC_CONTENT_TYPES) {
    const dates = sources.content.filter((c) => c.type === type).map((c) => c.lastModified);
    entries.push(...bothLanguages({ fi: contentPath(type, 'fi'), en: contentPath(type, 'en') }, latest(dates)));
  }

  // Content: one entry per published language version; hreflang only when both are published.
  const groups = new Map<string, SitemapSources['content']>();
  for (const item of sources.content) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  for (const versions of groups.values()) {
    const urls = Object.fromEntries(versions.map((v) => [v.locale, appUrl(contentPath(v.type, v.locale, v.slug), v.locale)]));
    const languages = urls.fi && urls.en ? { fi: urls.fi, en: urls.en, 'x-default': urls.fi } : undefined;
    for (const version of versions) {
      entries.push({ url: urls[version.locale], lastModified: version.lastModified, ...(languages ? { alternates: { languages } } : {}) });
    }
  }

  for (const [slug, date] of sources.products) entries.push(...bothLanguages(same(`/product/${encodeURIComponent(slug)}`), date));
  return entries;
}
