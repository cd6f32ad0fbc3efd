import 'server-only';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { ADMIN_PRODUCTS_PER_PAGE, LOW_STOCK_LIMIT, type AdminProductFilters } from './list-params';

export type AdminProductRow = {
  id: string;
  slug: string;
  nameFi: string;
  nameEn: string;
  status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  updatedAt: Date;
  categoryNameFi: string | null;
  categoryNameEn: string | null;
  variantCount: number;
  minPriceCents: number | null;
  maxPriceCents: number | null;
  /** Units available (on hand minus reserved) of active variants, over all stores. */
  available: number;
};

export type AdminProductPage = { rows: AdminProductRow[]; total: number; page: number; pageCount: number };

/**
 * One page of the back office's product list: searched (name fi/en, SKU, EAN), filtered and
 * sorted in SQL, so it stays fast with 10,000 products. "Out of stock": nothing available in any
 * store; "low": something available, but at most LOW_STOCK_LIMIT in some store that stocks it.
 * The page's 50 ids are picked first; prices and stock are then summed for those rows only.
 */
export async function listAdminProducts(filters: AdminProductFilters, locale: string): Promise<AdminProductPage> {
  const where = adminProductWhereSql(filters);
  const [{ count }] = await prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM products p WHERE ${where}`;
  const total = Number(count);
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_PRODUCTS_PER_PAGE));
  const page = Math.min(filters.page, pageCount);
  const { join, order } = orderSql(filters, locale);
  const rows = await prisma.$queryRaw<RawRow[]>`
    WITH page AS (
      -- Numbered in the order of the sorted subquery (an index scan with LIMIT where one fits).
      SELECT id, row_number() OVER () AS ord FROM (
        SELECT p.id FROM products p ${join}
         WHERE ${where}
         ORDER BY ${order}
         LIMIT ${ADMIN_PRODUCTS_PER_PAGE} OFFSET ${(page - 1) * ADMIN_PRODUCTS_PER_PAGE}) sorted)
    SELECT p.id, p.slug, p.name_fi, p.name_en, p.status, p.updated_at,
           c.name_fi AS category_name_fi, c.name_en AS category_name_en,
           prices.variant_count, prices.min_price, prices.max_price, stock.available
      FROM page
      JOIN products p ON p.id = page.id
      LEFT JOIN categories c ON c.id = p.category_id
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS variant_count, min(v.price_cents) AS min_price, max(v.price_cents) AS max_price
          FROM product_variants v WHERE v.product_id = p.id
      ) prices
      CROSS JOIN LATERAL (
        SELECT coalesce(sum(greatest(sl.on_hand - sl.reserved, 0)), 0)::int AS available
          FROM product_variants v JOIN stock_levels sl ON sl.variant_id = v.id
         WHERE v.product_id = p.id AND v.active
      ) stock
     ORDER BY page.ord`;
  return { rows: rows.map(toRow), total, page, pageCount };
}

// Products with stock rows of active variants, by whether something is available and the least
// available in one store: one pass over the stock, hashed, instead of a lookup per product.
const stockByProduct = Prisma.sql`
  SELECT v.product_id FROM product_variants v JOIN stock_levels sl ON sl.variant_id = v.id
   WHERE v.active GROUP BY v.product_id`;

type RawRow = {
  id: string;
  slug: string;
  name_fi: string;
  name_en: string;
  status: AdminProductRow['status'];
  updated_at: Date;
  category_name_fi: string | null;
  category_name_en: string | null;
  variant_count: number;
  min_price: number | null;
  max_price: number | null;
  available: number;
};

function toRow(row: RawRow): AdminProductRow {
  return {
    id: row.id,
    slug: row.slug,
    nameFi: row.name_fi,
    nameEn: row.name_en,
    status: row.status,
    updatedAt: row.updated_at,
    categoryNameFi: row.category_name_fi,
    categoryNameEn: row.category_name_en,
    variantCount: row.variant_count,
    minPriceCents: row.min_price,
    maxPriceCents: row.max_price,
    available: row.available,
  };
}

/** The list's search and filters as a condition on `products p` (the shelf labels use it too). */
export function adminProductWhereSql(filters: Pick<AdminProductFilters, 'q' | 'status' | 'categoryId' | 'stock'>): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filters.q) {
    // Each branch can use its own (trigram) index.
    const like = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(Prisma.sql`p.id IN (
      SELECT id FROM products WHERE name_fi ILIKE ${like}
      UNION SELECT id FROM products WHERE name_en ILIKE ${like}
      UNION SELECT product_id FROM product_variants WHERE sku ILIKE ${like}
      UNION SELECT product_id FROM product_variants WHERE ean = ${filters.q})`);
  }
  if (filters.status) conditions.push(Prisma.sql`p.status = ${filters.status}::"ProductStatus"`);
  if (filters.categoryId) {
    // The category and its subcategories.
    conditions.push(Prisma.sql`p.category_id IN (
      WITH RECURSIVE tree AS (
        SELECT id FROM categories WHERE id = ${filters.categoryId}::uuid
        UNION ALL SELECT c.id FROM categories c JOIN tree ON c.parent_id = tree.id)
      SELECT id FROM tree)`);
  }
  if (filters.stock === 'out') conditions.push(Prisma.sql`p.id NOT IN (${stockByProduct} HAVING bool_or(sl.on_hand > sl.reserved))`);
  if (filters.stock === 'low') {
    conditions.push(Prisma.sql`p.id IN (${stockByProduct}
      HAVING bool_or(sl.on_hand > sl.reserved) AND min(sl.on_hand - sl.reserved) <= ${LOW_STOCK_LIMIT})`);
  }
  return Prisma.join(conditions, ' AND ');
}

/** The page's order, and the sums it needs (over all products, grouped once). */
function orderSql(filters: AdminProductFilters, locale: string): { join: Prisma.Sql; order: Prisma.Sql } {
  const dir = filters.dir === 'desc' ? Prisma.raw('DESC') : Prisma.raw('ASC');
  switch (filters.sort) {
    case 'name':
      return { join: Prisma.empty, order: locale === 'en' ? Prisma.sql`p.name_en ${dir}, p.id` : Prisma.sql`p.name_fi ${dir}, p.id` };
    case 'price':
      return {
        join: Prisma.sql`LEFT JOIN (SELECT product_id, min(price_cents) AS min_price FROM product_variants GROUP BY product_id) sort ON sort.product_id = p.id`,
        order: Prisma.sql`sort.min_price ${dir} NULLS LAST, p.id`,
      };
    case 'stock':
      return {
        join: Prisma.sql`LEFT JOIN (
          SELECT v.product_id, sum(greatest(sl.on_hand - sl.reserved, 0)) AS available
            FROM product_variants v JOIN stock_levels sl ON sl.variant_id = v.id
           WHERE v.active GROUP BY v.product_id) sort ON sort.product_id = p.id`,
        order: Prisma.sql`coalesce(sort.available, 0) ${dir}, p.id`,
      };
    default:
      return { join: Prisma.empty, order: Prisma.sql`p.updated_at ${dir}, p.id` };
  }
}
