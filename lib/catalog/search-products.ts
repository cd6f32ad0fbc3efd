import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { loadProductCards } from './load-product-cards';
import { pageCount, PRODUCTS_PER_PAGE, type Page } from './pagination';
import { FUZZY_BELOW, searchRank, searchWhere } from './search-sql';
import { searchTerms, type SearchTerms } from './search-terms';
import type { ProductCardData } from './types';

export type SearchProductsInput = { query: string; locale: AppLocale; page?: number; perPage?: number };

/**
 * One page of the visible products that match `query`, best match first. Words are matched
 * first; only when they find fewer than a handful are names with small typos matched as well.
 */
export async function searchProducts(input: SearchProductsInput): Promise<Page<ProductCardData>> {
  const page = input.page ?? 1;
  const perPage = input.perPage ?? PRODUCTS_PER_PAGE;
  const terms = searchTerms(input.query);
  if (!terms) return { items: [], total: 0, page, pageCount: 1 };

  let found = await matchingIds(terms, false, page, perPage);
  if (found.total < FUZZY_BELOW) found = await matchingIds(terms, true, page, perPage);
  return {
    items: await loadProductCards(found.ids, input.locale),
    total: found.total,
    page,
    pageCount: pageCount(found.total, perPage),
  };
}

async function matchingIds(terms: SearchTerms, fuzzy: boolean, page: number, perPage: number) {
  const rows = await prisma.$queryRaw<{ id: string; total: number }[]>`
    SELECT p.id, count(*) OVER ()::int AS total
      FROM products p
     WHERE ${searchWhere(terms, fuzzy)}
     ORDER BY ${searchRank(terms)} DESC, p.id
     LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`;
  if (rows.length || page === 1) return { ids: rows.map((row) => row.id), total: rows[0]?.total ?? 0 };
  // Past the last page the window count is not there: count the matches on their own.
  const [{ count }] = await prisma.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM products p WHERE ${searchWhere(terms, fuzzy)}`;
  return { ids: [], total: count };
}
