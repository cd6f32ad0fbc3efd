// The SQL of product search, shared by the results page and the suggestions. Words are looked up
// with full-text search on the generated search_fi / search_en columns (Finnish and English
// stemming, every word a prefix: fast, on GIN indexes). When that finds (almost) nothing, the
// typed text is also compared with product names by trigram similarity (pg_trgm's `<%`, word
// similarity at least 0.6), so that "mugg" still finds the mug. Every value is a parameter.
import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { SearchTerms } from './search-terms';

/** With fewer full-text matches than this, similar-looking names are searched too. */
export const FUZZY_BELOW = 5;

/** The condition a product `p` must meet to be found; `fuzzy` adds similar names. */
export function searchMatch(terms: SearchTerms, fuzzy: boolean): Prisma.Sql {
  if (!fuzzy) {
    return Prisma.sql`(p.search_fi @@ to_tsquery('finnish', ${terms.prefixQuery})
      OR p.search_en @@ to_tsquery('english', ${terms.prefixQuery}))`;
  }
  // One lookup per index, joined: written as one OR, the planner prices the similarity test as
  // cheap and compares every product's name instead (80 ms instead of 5 at 10,000 products).
  return Prisma.sql`p.id IN (
    SELECT id FROM products WHERE search_fi @@ to_tsquery('finnish', ${terms.prefixQuery})
    UNION SELECT id FROM products WHERE search_en @@ to_tsquery('english', ${terms.prefixQuery})
    UNION SELECT id FROM products WHERE ${terms.text} <% name_fi
    UNION SELECT id FROM products WHERE ${terms.text} <% name_en)`;
}

/**
 * How well `p` matches, higher is better: the full-text rank (a word in the name weighs more
 * than one in the description) plus how closely the name resembles the typed words.
 */
export function searchRank(terms: SearchTerms): Prisma.Sql {
  return Prisma.sql`(
    greatest(ts_rank(p.search_fi, to_tsquery('finnish', ${terms.prefixQuery})),
             ts_rank(p.search_en, to_tsquery('english', ${terms.prefixQuery})))
    + greatest(word_similarity(${terms.text}, p.name_fi), word_similarity(${terms.text}, p.name_en)))`;
}

/** Visible products only: active, with something active to sell. */
export const visibleSql = Prisma.sql`
  p.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id AND v.active)`;

/**
 * The same for the few candidates of a fuzzy search (usually a hundred or so names). `OFFSET 0`
 * keeps the EXISTS a lookup per candidate on the variants' product_id index: without it the
 * planner turns it into a join that first hashes every active variant of the catalog (6.4 of
 * the query's 10.4 ms at 10,000 products; 3.0 ms with it). A broad full-text search keeps the
 * plain form, where that join is the cheaper plan.
 */
const visibleCandidateSql = Prisma.sql`
  p.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id AND v.active OFFSET 0)`;

/** The condition for a product `p` to be listed for these terms: visible, and found (see searchMatch). */
export function searchWhere(terms: SearchTerms, fuzzy: boolean): Prisma.Sql {
  return Prisma.sql`${fuzzy ? visibleCandidateSql : visibleSql} AND ${searchMatch(terms, fuzzy)}`;
}
