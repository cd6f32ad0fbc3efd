// The customer list's search and page live in the URL; anything malformed is ignored.

export const CUSTOMERS_PER_PAGE = 50;
export const MAX_CUSTOMER_PAGE = 400;

export type CustomerListQuery = { q?: string; page: number };

export function readCustomerListQuery(params: Record<string, string | string[] | undefined>): CustomerListQuery {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  const page = Number(first(params.page));
  return { q: first(params.q)?.slice(0, 100), page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_CUSTOMER_PAGE) : 1 };
}

export function customerListParams(query: CustomerListQuery, change: Partial<CustomerListQuery> = {}): string {
  const merged = { ...query, ...change };
  const params = new URLSearchParams();
  if (merged.q) params.set('q', merged.q);
  if (merged.page > 1) params.set('page', String(merged.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}
