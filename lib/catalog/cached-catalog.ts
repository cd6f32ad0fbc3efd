// The catalog reads of the shop's static pages, kept in Next's data cache under tags. Pages that
// use them are prerendered (ISR) and regenerated when a tag is revalidated. Only for pages and
// route handlers: these need Next's cache, which tests and scripts do not have.
import 'server-only';
import { unstable_cache } from 'next/cache';
import type { AppLocale } from '@/i18n/routing';
import { ONE_OFF_TAG } from '@/lib/cache/cache-admission.mjs';
import { cachedIfFound } from '@/lib/cache/cached-if-found';
import { CATALOG_TAG, categoryTag, PRODUCT_LISTS_TAG, productSlugTag, productTag } from './cache-tags';
import { DEFAULT_FILTERS } from './category-filters';
import { getCategoryView } from './get-category-view';
import { getProductPage } from './get-product-page';
import { getSellableStock } from './get-sellable-stock';
import { listCategories } from './list-categories';
import { listFeaturedProducts } from './list-featured-products';
import { listNewProducts } from './list-new-products';
import { listRelatedProducts } from './list-related-products';
import { searchProducts } from './search-products';
import { searchTerms } from './search-terms';

/** Stock changes with every sale: the structured data's InStock may be this old (seconds). */
const STOCK_SUMMARY_SECONDS = 300;

const listTags = [CATALOG_TAG, PRODUCT_LISTS_TAG];

export const cachedNewProducts = unstable_cache(
  (locale: AppLocale) => listNewProducts({ locale, limit: 8 }),
  ['catalog:new-products'],
  { tags: listTags },
);

export const cachedFeaturedProducts = unstable_cache(
  (locale: AppLocale) => listFeaturedProducts({ locale, limit: 8 }),
  ['catalog:featured-products'],
  { tags: listTags },
);

export const cachedCategories = unstable_cache((locale: AppLocale) => listCategories(locale), ['catalog:categories'], {
  tags: listTags,
});

/** A category page as it first opens: newest first, nothing filtered, page 1 (null: no such category, not cached). */
export function cachedDefaultCategoryView(slug: string, locale: AppLocale) {
  return cachedIfFound(() => getCategoryView({ slug, locale, filters: DEFAULT_FILTERS }), ['catalog:category-view', slug, locale], {
    tags: listTags,
  });
}

/** A product's page data (null: no such product, not cached: anyone can invent slugs). */
export function cachedProductPage(slug: string, locale: AppLocale) {
  return cachedIfFound(() => getProductPage({ slug, locale }), ['catalog:product-page', slug, locale], {
    tags: [CATALOG_TAG, productSlugTag(slug)],
  });
}

export function cachedSellableStock(productId: string) {
  return unstable_cache(() => getSellableStock(productId), ['catalog:sellable-stock', productId], {
    tags: [CATALOG_TAG, productTag(productId)],
    revalidate: STOCK_SUMMARY_SECONDS,
  })();
}

export function cachedRelatedProducts(productId: string, categoryId: string, locale: AppLocale) {
  return unstable_cache(
    () => listRelatedProducts({ productId, categoryId, locale, limit: 4 }),
    ['catalog:related-products', productId, categoryId, locale],
    { tags: [CATALOG_TAG, categoryTag(categoryId)] },
  )();
}

/** Search results stay as fresh as the category pages (same tags); shoppers repeat queries. */
const SEARCH_SECONDS = 300;

/**
 * A search's results. One-off (ONE_OFF_TAG, and so is the results page that shows them): kept
 * only once the same search is made again, and only the newest searches are kept, for five
 * minutes: queries are whatever visitors type.
 */
export function cachedSearchResults(query: string, locale: AppLocale, page: number) {
  const key = searchTerms(query)?.text ?? '';
  return unstable_cache(() => searchProducts({ query: key, locale, page }), ['catalog:search', key, locale, String(page)], {
    tags: [...listTags, ONE_OFF_TAG],
    revalidate: SEARCH_SECONDS,
  })();
}
