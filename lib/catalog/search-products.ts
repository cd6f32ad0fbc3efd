import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { pageCount, PRODUCTS_PER_PAGE, type Page } from './pagination';
import { productCardColumns, toProductCards, type ProductCardRow } from './product-card-query';
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

  let found = await matchingCards(terms, false, page, perPage);
  if (found.total < FUZZY_BELOW) found = await matchingCards(terms, true, page, perPage);
  return {
    items: toProductCards(found.rows, input.locale),
    total: found.total,
    page,
    pageCount: pageCount(found.total, perPage),
  };
}

/** One page of the matches, best first, with their cards: one statement (a second past the last page). */
async function matchingCards(terms: SearchTerms, fuzzy: boolean, page: number, perPage: number) {
  const rows = await prisma.$queryRaw<(ProductCardRow & { total: number })[]>`
    SELECT found.total, ${productCardColumns}
      FROM (SELECT p.id, count(*) OVER ()::int AS total, ${searchRank(terms)} AS rank
              FROM products p
             WHERE ${searchWhere(terms, fuzzy)}
             ORDER BY rank DESC, p.id
             LIMIT ${perPage} OFFSET ${(page - 1) * perPage}) found
      JOIN products p ON p.id = found.id
     ORDER BY found.rank DESC, p.id`;
  if (rows.length || page === 1) return { rows, total: rows[0]?.total ?? 0 };
  // Past the last page the window count is not there: count the matches on their own.
  const [{ count }] = await prisma.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM products p WHERE ${searchWhere(terms, fuzzy)}`;
  return { rows: [], total: count };
}
