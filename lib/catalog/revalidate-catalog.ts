// Call after a catalog write (in a server action or route handler, after the transaction): the
// pages that show the changed data are regenerated on their next visit, not served stale.
import 'server-only';
import { revalidateTag } from 'next/cache';
import { prisma } from '@/lib/db';
import { CATALOG_TAG, categoryTag, PRODUCT_LISTS_TAG, productSlugTag, productTag } from './cache-tags';
import { categoryPath } from './category-tree';

// Expire at once: a shopkeeper who changed a price sees the new one on the next load.
const NOW = { expire: 0 };

/**
 * After products were created, changed (name, description, price, images, variants, status) or
 * deleted: their pages, the lists that show them (home, category pages) and the "related
 * products" of their categories.
 * Stock changes need no call: the per-store availability is read live, and the stock in the
 * structured data is refreshed within five minutes. With `stockOnly` (an order sold the last
 * unit): only the products' own pages, so that they stop offering "add to cart" at once.
 * Moving a product to another category, or renaming its slug, also changes the old category's and
 * old slug's pages: call revalidateCatalog() for those.
 */
export async function revalidateProducts(productIds: readonly string[], options: { stockOnly?: boolean } = {}): Promise<void> {
  const ids = [...new Set(productIds)];
  if (options.stockOnly) {
    // Only the products' own pages (their sellable stock): what a sale that sold them out
    // changed. A shopper's order never renews the shop's lists.
    for (const id of ids) revalidateTag(productTag(id), NOW);
    return;
  }
  const [products, categories] = await Promise.all([
    prisma.product.findMany({ where: { id: { in: ids } }, select: { slug: true, categoryId: true } }),
    prisma.category.findMany({ select: { id: true, parentId: true } }),
  ]);
  const categoryIds = products.flatMap((p) => (p.categoryId ? categoryPath(categories, p.categoryId).map((c) => c.id) : []));
  const tags = new Set([
    PRODUCT_LISTS_TAG,
    ...ids.map(productTag),
    ...products.map((p) => productSlugTag(p.slug)),
    ...categoryIds.map(categoryTag),
  ]);
  for (const tag of tags) revalidateTag(tag, NOW);
}

/** After changes to categories, stores or many products at once: every cached catalog page. */
export function revalidateCatalog(): void {
  revalidateTag(CATALOG_TAG, NOW);
}
