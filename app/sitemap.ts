import type { MetadataRoute } from 'next';
import { cachedSitemapSources } from '@/lib/seo/cached-seo';
import { sitemapEntries } from '@/lib/seo/sitemap-entries';

// /sitemap.xml: the home page, categories, shown products, the stores page and published
// stories, guides and events, each in both languages with hreflang links. One file holds up to
// 50,000 addresses (about 24,000 products in two languages); regenerated when the catalog or the
// content changes, and at least hourly.
export const revalidate = 3600;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await cachedSitemapSources());
}
