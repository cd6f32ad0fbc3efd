import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { Prisma } from '@/lib/generated/prisma/client';
import type { CategoryFilters, CategorySort } from './category-filters';
import { loadProductCards } from './load-product-cards';
import { pageCount, PRODUCTS_PER_PAGE, type Page } from './pagination';
import type { ProductCardData } from './types';

export type CategoryProductsInput = {
  /** The category and its subcategories. */
  categoryIds: readonly string[];
  /** Already checked against the category's facets and the stores (see keepKnownValues). */
  filters: CategoryFilters;
  locale: AppLocale;
  perPage?: number;
};

/**
 * One page of a category's visible products, filtered and sorted. A product matches when one of
 * its active variants meets every variant filter at once (price, size, colour, available at the
 * store), so "size M at Tampere" never matches an M sold out there and an S in stock.
 */
export async function listCategoryProducts(input: CategoryProductsInput): Promise<Page<ProductCardData>> {
  const { filters, locale } = input;
  const perPage = input.perPage ?? PRODUCTS_PER_PAGE;
  if (input.categoryIds.length === 0) return { items: [], total: 0, page: filters.page, pageCount: 1 };

  const variantMatches = [
    Prisma.sql`v.product_id = p.id`,
    Prisma.sql`v.active`,
    filters.minCents !== null ? Prisma.sql`v.price_cents >= ${filters.minCents}` : null,
    filters.maxCents !== null ? Prisma.sql`v.price_cents <= ${filters.maxCents}` : null,
    filters.sizes.length ? Prisma.sql`v.size IN (${Prisma.join(filters.sizes)})` : null,
    filters.colours.length ? Prisma.sql`v.colour IN (${Prisma.join(filters.colours)})` : null,
    filters.store
      ? Prisma.sql`EXISTS (SELECT 1 FROM stock_levels l JOIN stores s ON s.id = l.store_id
          WHERE l.variant_id = v.id AND s.slug = ${filters.store} AND s.kind = 'STORE' AND l.on_hand - l.reserved > 0)`
      : null,
  ].filter((condition): condition is Prisma.Sql => condition !== null);

  const where = Prisma.sql`
    p.status = 'ACTIVE'
    AND p.category_id IN (${Prisma.join(input.categoryIds.map((id) => Prisma.sql`${id}::uuid`))})
    AND EXISTS (SELECT 1 FROM product_variants v WHERE ${Prisma.join(variantMatches, ' AND ')})`;

  const [rows, [{ count }]] = await Promise.all([
    prisma.$queryRaw<{ id: string }[]>`
      SELECT p.id
        FROM products p
        CROSS JOIN LATERAL (
          SELECT min(v.price_cents) AS min_price FROM product_variants v WHERE v.product_id = p.id AND v.active
        ) price
       WHERE ${where}
       ORDER BY ${orderBy(filters.sort, locale)}
       LIMIT ${perPage} OFFSET ${(filters.page - 1) * perPage}`,
    prisma.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM products p WHERE ${where}`,
  ]);

  return {
    items: await loadProductCards(rows.map((row) => row.id), locale),
    total: count,
    page: filters.page,
    pageCount: pageCount(count, perPage),
  };
}

function orderBy(sort: CategorySort, locale: AppLocale): Prisma.Sql {
  switch (sort) {
    case 'price-asc':
      return Prisma.sql`price.min_price ASC, p.id`;
    case 'price-desc':
      return Prisma.sql`price.min_price DESC, p.id`;
    case 'name':
      return locale === 'fi' ? Prisma.sql`lower(p.name_fi), p.id` : Prisma.sql`lower(p.name_en), p.id`;
    case 'newest':
      return Prisma.sql`p.created_at DESC, p.id`;
  }
}
