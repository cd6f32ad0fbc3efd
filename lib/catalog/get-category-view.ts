import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { keepKnownValues, type CategoryFilters } from './category-filters';
import { categoryPath, childrenOf, subtreeCounts, subtreeIds } from './category-tree';
import { getCategoryFacets, type CategoryFacets } from './get-category-facets';
import { listCategories, type CategoryWithCount } from './list-categories';
import { listCategoryProducts } from './list-category-products';
import { listFilterStores, type FilterStore } from './list-filter-stores';
import type { Page } from './pagination';
import type { ProductCardData } from './types';

export type CategoryView = {
  category: CategoryWithCount;
  /** Root first, ending with the category itself. */
  path: CategoryWithCount[];
  /** Direct subcategories with the number of products in each (their own subcategories included). */
  subcategories: (CategoryWithCount & { totalCount: number })[];
  facets: CategoryFacets;
  stores: FilterStore[];
  /** The filters that were applied: unknown sizes, colours and stores are dropped. */
  filters: CategoryFilters;
  products: Page<ProductCardData>;
};

/** Everything a category page shows, with its products filtered, sorted and paged. */
export async function getCategoryView(input: { slug: string; locale: AppLocale; filters: CategoryFilters }): Promise<CategoryView | null> {
  const categories = await listCategories(input.locale);
  const category = categories.find((c) => c.slug === input.slug);
  if (!category) return null;

  const ids = subtreeIds(categories, category.id);
  const [facets, stores] = await Promise.all([getCategoryFacets(ids), listFilterStores()]);
  const filters = keepKnownValues(input.filters, {
    sizes: facets.sizes,
    colours: facets.colours,
    stores: stores.map((s) => s.slug),
  });
  const products = await listCategoryProducts({ categoryIds: ids, filters, locale: input.locale });
  const totals = subtreeCounts(categories);

  return {
    category,
    path: categoryPath(categories, category.id),
    subcategories: childrenOf(categories, category.id).map((c) => ({ ...c, totalCount: totals.get(c.id) ?? 0 })),
    facets,
    stores,
    filters,
    products,
  };
}
