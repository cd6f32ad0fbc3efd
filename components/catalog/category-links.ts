import { DEFAULT_FILTERS, filterQuery, isDefaultView, type CategoryFilters } from '@/lib/catalog/category-filters';

/**
 * Where a category listing lives: the plain first page at /category/[slug] (static, cached), any
 * filtered, sorted or later page at /category/[slug]/filter?… (rendered per request).
 */
export function categoryListingHref(slug: string, filters: CategoryFilters) {
  if (isDefaultView(filters)) return `/category/${slug}`;
  return { pathname: categoryFilterPath(slug), query: filterQuery(filters) };
}

/** The path the filter and sort forms send their GET query to. */
export function categoryFilterPath(slug: string): string {
  return `/category/${slug}/filter`;
}

/** The listing without any filter, keeping the sort order. */
export function clearedFiltersHref(slug: string, filters: CategoryFilters) {
  return categoryListingHref(slug, { ...DEFAULT_FILTERS, sort: filters.sort });
}
