// The product list's filters, from the page's query string (a filtered list can be bookmarked).
import { readPageParam } from '@/lib/catalog/pagination';

export const PRODUCT_STATUSES = ['DRAFT', 'ACTIVE', 'ARCHIVED'] as const;
export const STOCK_FILTERS = ['out', 'low'] as const;
export const PRODUCT_SORTS = ['updated', 'name', 'price', 'stock'] as const;
export const ADMIN_PRODUCTS_PER_PAGE = 50;
/** "Low stock": at most this many available in some store that stocks it. */
export const LOW_STOCK_LIMIT = 3;

export type AdminProductFilters = {
  q: string;
  status: (typeof PRODUCT_STATUSES)[number] | null;
  categoryId: string | null;
  stock: (typeof STOCK_FILTERS)[number] | null;
  sort: (typeof PRODUCT_SORTS)[number];
  dir: 'asc' | 'desc';
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function oneOf<T extends string>(values: readonly T[], value: string): T | null {
  return (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** Unknown or malformed values fall back to "all" / the default order. */
export function readProductFilters(params: Params): AdminProductFilters {
  const sort = oneOf(PRODUCT_SORTS, first(params.sort)) ?? 'updated';
  const dir = oneOf(['asc', 'desc'] as const, first(params.dir)) ?? (sort === 'updated' ? 'desc' : 'asc');
  const category = first(params.category);
  return {
    q: first(params.q).trim().slice(0, 100),
    status: oneOf(PRODUCT_STATUSES, first(params.status)),
    categoryId: UUID.test(category) ? category : null,
    stock: oneOf(STOCK_FILTERS, first(params.stock)),
    sort,
    dir,
    page: readPageParam(first(params.page)),
  };
}

/** The query string of a filtered list (defaults left out), e.g. for pagination links. */
export function productFiltersQuery(filters: AdminProductFilters, changes: Partial<AdminProductFilters> = {}): Record<string, string> {
  const next = { ...filters, ...changes };
  const query: Record<string, string> = {};
  if (next.q) query.q = next.q;
  if (next.status) query.status = next.status;
  if (next.categoryId) query.category = next.categoryId;
  if (next.stock) query.stock = next.stock;
  if (next.sort !== 'updated') query.sort = next.sort;
  if (next.dir !== (next.sort === 'updated' ? 'desc' : 'asc')) query.dir = next.dir;
  if (next.page > 1) query.page = String(next.page);
  return query;
}
