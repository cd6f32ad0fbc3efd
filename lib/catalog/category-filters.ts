// A category page's filters and sort order, read from GET query parameters (the filter form is
// a plain form that works without JavaScript) and written back into links.
import { parseAmountToCents } from '@/lib/money';
import { INT4_MAX } from '@/lib/validation/number-param';
import { readPageParam } from './pagination';

export const SORTS = ['newest', 'price-asc', 'price-desc', 'name'] as const;
export type CategorySort = (typeof SORTS)[number];

export type CategoryFilters = {
  /** Lowest and highest price in cents, VAT included; null when not limited. */
  minCents: number | null;
  maxCents: number | null;
  /** The slug of a store where the product must be available now. */
  store: string | null;
  sizes: string[];
  colours: string[];
  sort: CategorySort;
  page: number;
};

export const DEFAULT_FILTERS: CategoryFilters = {
  minCents: null,
  maxCents: null,
  store: null,
  sizes: [],
  colours: [],
  sort: 'newest',
  page: 1,
};

export type QueryParams = Record<string, string | string[] | undefined>;

const MAX_VALUES = 20;
const MAX_VALUE_LENGTH = 60;

function all(value: string | string[] | undefined): string[] {
  const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return [...new Set(values.map((v) => v.trim()).filter((v) => v && v.length <= MAX_VALUE_LENGTH))].slice(0, MAX_VALUES);
}

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

/** Euros as typed ("12", "12,50"), to cents; null when empty, not an amount, or negative. Beyond
 * what a price column holds it is the most it holds: no price is higher. */
function euros(value: string | string[] | undefined): number | null {
  const text = first(value);
  if (!text || text.length > 12) return null;
  const cents = parseAmountToCents(text);
  return cents === null || cents < 0 ? null : Math.min(cents, INT4_MAX);
}

/**
 * The filters in the query `params`. Anything unreadable is left out rather than refused: a
 * filter link should never end in an error page. A reversed price range is turned around.
 */
export function parseCategoryFilters(params: QueryParams): CategoryFilters {
  let minCents = euros(params.min);
  let maxCents = euros(params.max);
  if (minCents !== null && maxCents !== null && minCents > maxCents) [minCents, maxCents] = [maxCents, minCents];
  const sort = first(params.sort);
  return {
    minCents,
    maxCents,
    store: first(params.store) || null,
    sizes: all(params.size),
    colours: all(params.colour),
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as CategorySort) : 'newest',
    page: readPageParam(params.page),
  };
}

/** Keeps only the values that exist in this category (and stores that exist), so that the rest
 * of the page can trust them. */
export function keepKnownValues(
  filters: CategoryFilters,
  known: { sizes: readonly string[]; colours: readonly string[]; stores: readonly string[] },
): CategoryFilters {
  return {
    ...filters,
    sizes: filters.sizes.filter((size) => known.sizes.includes(size)),
    colours: filters.colours.filter((colour) => known.colours.includes(colour)),
    store: filters.store && known.stores.includes(filters.store) ? filters.store : null,
  };
}

/** How many filters (not counting sort and page) are on. */
export function activeFilterCount(filters: CategoryFilters): number {
  return (
    (filters.minCents !== null ? 1 : 0) +
    (filters.maxCents !== null ? 1 : 0) +
    (filters.store ? 1 : 0) +
    filters.sizes.length +
    filters.colours.length
  );
}

/** True for the plain first page of a category: newest first, nothing filtered. */
export function isDefaultView(filters: CategoryFilters): boolean {
  return activeFilterCount(filters) === 0 && filters.sort === DEFAULT_FILTERS.sort && filters.page === 1;
}

/** Cents as the euros a shopper would type back into the form: 1250 -> "12,50", 1200 -> "12". */
export function centsToEuroInput(cents: number | null): string {
  if (cents === null) return '';
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

/** The query parameters of `filters` (defaults left out), for links and pagination. */
export function filterQuery(filters: CategoryFilters): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  if (filters.minCents !== null) query.min = centsToEuroInput(filters.minCents);
  if (filters.maxCents !== null) query.max = centsToEuroInput(filters.maxCents);
  if (filters.store) query.store = filters.store;
  if (filters.sizes.length) query.size = filters.sizes;
  if (filters.colours.length) query.colour = filters.colours;
  if (filters.sort !== DEFAULT_FILTERS.sort) query.sort = filters.sort;
  if (filters.page > 1) query.page = String(filters.page);
  return query;
}
