// The content reads of the public pages (stories, guides, events, the home page), kept in Next's
// data cache under CONTENT_TAG: every content write (revalidateContent) renews them. Product
// blocks are also tagged with the catalog's tags, so a price change renews the pages showing it.
// Only for pages and route handlers: these need Next's cache, which tests and scripts do not have.
import 'server-only';
import { unstable_cache } from 'next/cache';
import type { AppLocale } from '@/i18n/routing';
import { ONE_OFF_TAG } from '@/lib/cache/cache-admission.mjs';
import { cachedIfFound } from '@/lib/cache/cached-if-found';
import { CATALOG_TAG, PRODUCT_LISTS_TAG } from '@/lib/catalog/cache-tags';
import { CONTENT_TAG } from './cache-tags';
import type { PublicContentType } from './content-paths';
import { getContentView } from './get-content-view';
import { getEventCard } from './get-event-card';
import { listContentIndex } from './list-content-index';
import { listContentTags } from './list-content-tags';
import { listEventIndex } from './list-event-index';
import { listLatestStories } from './list-latest-stories';
import { listRelatedContent } from './list-related-content';
import { listUpcomingEvents } from './list-upcoming-events';
import { loadBlockProducts, type BlockProductSource } from './load-block-products';
import { resolveContentSlug } from './resolve-content-slug';
import type { ContentView } from './types';

const tags = [CONTENT_TAG];
/** Lists that depend on the clock (which events are still coming) are renewed this often too. */
const CLOCK_SECONDS = 600;

/** The cache stores JSON: Dates come back as strings. */
function reviveContentView(view: ContentView | null): ContentView | null {
  if (!view) return null;
  return {
    ...view,
    publishedAt: view.publishedAt ? new Date(view.publishedAt) : null,
    updatedAt: new Date(view.updatedAt),
    event: view.event ? { ...view.event, startsAt: new Date(view.event.startsAt), endsAt: new Date(view.event.endsAt) } : null,
  };
}

/** A published story, guide or event page (null: none at this slug; a miss is not cached). */
export async function cachedContentView(type: PublicContentType, locale: AppLocale, slug: string): Promise<ContentView | null> {
  const view = await cachedIfFound(
    () => getContentView({ type, locale, slug }, { includeUnpublished: false }),
    ['content:view', type, locale, slug],
    { tags },
  );
  return reviveContentView(view);
}

/** Where an old or other-language slug went (null: nowhere; a miss is not cached). */
export function cachedResolveContentSlug(type: PublicContentType, locale: AppLocale, slug: string) {
  return cachedIfFound(() => resolveContentSlug({ type, locale, slug }), ['content:resolve-slug', type, locale, slug], { tags });
}

/** A topic filter or a later page comes from the address: one-off (see cache-admission.mjs). */
const indexTags = (tagSlug: string | null, page: number) => (tagSlug !== null || page > 1 ? [...tags, ONE_OFF_TAG] : tags);

export function cachedContentIndex(type: 'STORY' | 'GUIDE', locale: AppLocale, tagSlug: string | null, page: number) {
  return unstable_cache(
    () => listContentIndex({ type, locale, tagSlug, page }),
    ['content:index', type, locale, tagSlug ?? '', String(page)],
    { tags: indexTags(tagSlug, page) },
  )();
}

export function cachedEventIndex(locale: AppLocale, tagSlug: string | null, page: number) {
  return unstable_cache(
    () => listEventIndex({ locale, tagSlug, page, now: new Date() }),
    ['content:event-index', locale, tagSlug ?? '', String(page)],
    { tags: indexTags(tagSlug, page), revalidate: CLOCK_SECONDS },
  )();
}

export function cachedContentTags(type: PublicContentType, locale: AppLocale) {
  return unstable_cache(() => listContentTags({ type, locale }), ['content:tags', type, locale], { tags })();
}

export function cachedRelatedContent(contentId: string) {
  return unstable_cache(() => listRelatedContent({ contentId, now: new Date() }), ['content:related', contentId], {
    tags,
    revalidate: CLOCK_SECONDS,
  })();
}

export const cachedLatestStories = unstable_cache(
  (locale: AppLocale) => listLatestStories({ locale, limit: 3 }),
  ['content:latest-stories'],
  { tags },
);

export const cachedUpcomingEvents = unstable_cache(
  (locale: AppLocale) => listUpcomingEvents({ locale, now: new Date(), limit: 3 }),
  ['content:upcoming-events'],
  { tags, revalidate: CLOCK_SECONDS },
);

export function cachedEventCard(eventId: string, locale: AppLocale) {
  return unstable_cache(() => getEventCard({ eventId, locale }), ['content:event-card', eventId, locale], { tags })();
}

/** Products of a product block. Renewed with the catalog's lists (any product change) or content. */
export function cachedBlockProducts(source: BlockProductSource, locale: AppLocale) {
  return unstable_cache(() => loadBlockProducts(source, locale), ['content:block-products', JSON.stringify(source), locale], {
    tags: [CONTENT_TAG, CATALOG_TAG, PRODUCT_LISTS_TAG],
  })();
}
