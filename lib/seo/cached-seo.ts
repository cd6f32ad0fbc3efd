// The reads of the sitemap, the feeds and the stores page in Next's data cache, regenerated when
// the catalog or the content changes (the tags their writes revalidate). Only for route handlers
// and pages: tests and scripts call the functions behind them.
import 'server-only';
import { unstable_cache } from 'next/cache';
import type { AppLocale } from '@/i18n/routing';
import { CATALOG_TAG } from '@/lib/catalog/cache-tags';
import { CONTENT_TAG } from '@/lib/content/cache-tags';
import { listPublicStores } from '@/lib/stores/list-public-stores';
import { listFeedItems } from './list-feed-items';
import { readSitemapSources } from './read-sitemap-sources';

export const cachedSitemapSources = unstable_cache(readSitemapSources, ['seo:sitemap-sources'], {
  tags: [CATALOG_TAG, CONTENT_TAG],
  revalidate: 3600,
});

export const cachedFeedItems = unstable_cache((locale: AppLocale) => listFeedItems(locale), ['seo:feed-items'], {
  tags: [CONTENT_TAG],
  revalidate: 3600,
});

/** The stores page: store edits call revalidateCatalog(), so the catalog tag covers them. */
export const cachedPublicStores = unstable_cache((from: string) => listPublicStores(from), ['seo:public-stores'], {
  tags: [CATALOG_TAG],
  revalidate: 3600,
});
