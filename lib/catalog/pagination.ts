// Page numbers for product listings.
import { readIntParam } from '@/lib/validation/number-param';

export const PRODUCTS_PER_PAGE = 24;
/** Deep pages cost a large OFFSET and nobody reads them. */
export const MAX_PAGE = 500;

/** A positive page number from a query parameter; 1 for anything else. */
export function readPageParam(value: string | string[] | null | undefined): number {
  return Math.min(readIntParam(value, { max: 9999 }) ?? 1, MAX_PAGE);
}

export function pageCount(total: number, perPage = PRODUCTS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}

export type Page<T> = { items: T[]; total: number; page: number; pageCount: number };

/** The page numbers to show: the first, the last, the current one and its neighbours; gaps between. */
export function visiblePages(page: number, count: number): (number | 'gap')[] {
  const pages = new Set([1, count, page - 1, page, page + 1].filter((p) => p >= 1 && p <= count));
  const sorted = [...pages].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1] > 1 ? (['gap', p] as const) : [p]));
}
