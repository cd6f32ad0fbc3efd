import { z } from 'zod';
import { readIntParam } from '@/lib/validation/number-param';

// The order list's filters live in the URL (a filtered list can be bookmarked); anything
// unknown or malformed is ignored rather than refused.

export const ORDERS_PER_PAGE = 50;
/** Deep pages cost a large OFFSET and nobody reads them: narrow the filters instead. */
export const MAX_ORDER_PAGE = 400;

export const ORDER_STATUSES = ['PENDING_PAYMENT', 'PAID', 'PAY_AT_PICKUP', 'FULFILLED', 'CANCELLED', 'EXPIRED'] as const;
export const RETURN_STATUSES = ['NONE', 'PARTIALLY_RETURNED', 'RETURNED'] as const;
export const CHANNELS = ['WEB', 'STORE', 'KIOSK'] as const;
export const FULFILMENTS = ['DELIVERY', 'PARCEL_LOCKER', 'PICKUP'] as const;
export const ORDER_SORTS = ['placed_desc', 'placed_asc', 'total_desc', 'total_asc'] as const;

export type OrderListQuery = {
  status?: (typeof ORDER_STATUSES)[number];
  returnStatus?: (typeof RETURN_STATUSES)[number];
  channel?: (typeof CHANNELS)[number];
  fulfilment?: (typeof FULFILMENTS)[number];
  storeId?: string;
  /** Helsinki days, yyyy-mm-dd, both inclusive. */
  from?: string;
  to?: string;
  /** An order number, or part of an e-mail address or a name. */
  q?: string;
  sort: (typeof ORDER_SORTS)[number];
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export function readOrderListQuery(params: Params): OrderListQuery {
  const get = (key: string) => {
    const value = params[key];
    return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  };
  const pick = <T extends string>(values: readonly T[], value: string | undefined) => (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
  const q = get('q')?.slice(0, 100);
  return {
    status: pick(ORDER_STATUSES, get('status')),
    returnStatus: pick(RETURN_STATUSES, get('returnStatus')),
    channel: pick(CHANNELS, get('channel')),
    fulfilment: pick(FULFILMENTS, get('fulfilment')),
    storeId: z.uuid().safeParse(get('store')).data,
    from: day.safeParse(get('from')).data,
    to: day.safeParse(get('to')).data,
    q,
    sort: pick(ORDER_SORTS, get('sort')) ?? 'placed_desc',
    page: Math.min(readIntParam(get('page')) ?? 1, MAX_ORDER_PAGE),
  };
}

/** The query as URL parameters (for pagination and sort links), leaving out defaults. */
export function orderListParams(query: OrderListQuery, change: Partial<OrderListQuery> = {}): string {
  const merged = { ...query, ...change };
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') params.set(key, String(value));
  };
  set('status', merged.status);
  set('returnStatus', merged.returnStatus);
  set('channel', merged.channel);
  set('fulfilment', merged.fulfilment);
  set('store', merged.storeId);
  set('from', merged.from);
  set('to', merged.to);
  set('q', merged.q);
  if (merged.sort !== 'placed_desc') set('sort', merged.sort);
  if (merged.page > 1) set('page', merged.page);
  const text = params.toString();
  return text ? `?${text}` : '';
}
