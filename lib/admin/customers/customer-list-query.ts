// The customer list's search and page live in the URL; anything malformed is ignored.
import { readIntParam } from '@/lib/validation/number-param';

export const CUSTOMERS_PER_PAGE = 50;
export const MAX_CUSTOMER_PAGE = 400;

export type CustomerListQuery = { q?: string; page: number };

export function readCustomerListQuery(params: Record<string, string | string[] | undefined>): CustomerListQuery {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  return { q: first(params.q)?.slice(0, 100), page: Math.min(readIntParam(first(params.page)) ?? 1, MAX_CUSTOMER_PAGE) };
}

export function customerListParams(query: CustomerListQuery, change: Partial<CustomerListQuery> = {}): string {
  const merged = { ...query, ...change };
  const params = new URLSearchParams();
  if (merged.q) params.set('q', merged.q);
  if (merged.page > 1) params.set('page', String(merged.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}
