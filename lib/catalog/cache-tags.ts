// Tags of the catalog's cached data. A write revalidates the tags it touched (see
// revalidate-catalog.ts); pages rendered from tagged data are regenerated with it.

/** Everything the catalog caches. */
export const CATALOG_TAG = 'catalog';
/** Lists of products: home page, category pages, the category index. */
export const PRODUCT_LISTS_TAG = 'product-lists';

/** A product's own data (and its stock summary), by id. */
export const productTag = (productId: string) => `product:${productId}`;
/** The product page at a slug, also when no product has it yet (a cached "not found"). */
export const productSlugTag = (slug: string) => `product-slug:${slug}`;
/** Data that shows the products of one category, e.g. "related products" on its product pages. */
export const categoryTag = (categoryId: string) => `category:${categoryId}`;
