import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { Prisma } from '@/lib/generated/prisma/client';
import { FUZZY_BELOW, searchRank, searchWhere } from './search-sql';
import { searchTerms, type SearchTerms } from './search-terms';
import type { SearchSuggestion } from './types';

export const MAX_SUGGESTIONS = 8;

/** The best few products for what has been typed so far (the header search's suggestions). */
export async function suggestProducts(input: { query: string; locale: AppLocale; limit?: number }): Promise<SearchSuggestion[]> {
  const terms = searchTerms(input.query);
  if (!terms) return [];
  const limit = Math.min(input.limit ?? MAX_SUGGESTIONS, MAX_SUGGESTIONS);
  const exact = await suggestions(terms, input.locale, limit, false);
  return exact.length < FUZZY_BELOW ? suggestions(terms, input.locale, limit, true) : exact;
}

function suggestions(terms: SearchTerms, locale: AppLocale, limit: number, fuzzy: boolean) {
  const name = locale === 'fi' ? Prisma.sql`p.name_fi` : Prisma.sql`p.name_en`;
  // The best few first, then their price and picture (not for every match).
  return prisma.$queryRaw<SearchSuggestion[]>`
    SELECT ${name} AS name, p.slug, price.min_price AS "priceCents", image.url AS "imageUrl"
      FROM (
        SELECT p.id, ${searchRank(terms)} AS rank
          FROM products p
         WHERE ${searchWhere(terms, fuzzy)}
         ORDER BY rank DESC, p.id
         LIMIT ${limit}
      ) best
      JOIN products p ON p.id = best.id
      CROSS JOIN LATERAL (
        SELECT min(v.price_cents)::int AS min_price FROM product_variants v WHERE v.product_id = p.id AND v.active
      ) price
      LEFT JOIN LATERAL (
        SELECT i.url FROM product_images i WHERE i.product_id = p.id ORDER BY i.position LIMIT 1
      ) image ON true
     ORDER BY best.rank DESC, p.id`;
}
