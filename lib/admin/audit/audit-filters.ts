// The audit log's filters, read from the page's query string (a filtered list can be bookmarked).
import { readIntParam } from '@/lib/validation/number-param';

/** Groups of actions the owner asks about ("who changed prices?"), each a set of action patterns. */
export const AUDIT_GROUPS = {
  price: { contains: ['price'] },
  stock: { prefixes: ['stock.'] },
  refund: { prefixes: ['refund.'] },
  order: { prefixes: ['order.'] },
  product: { prefixes: ['product.'] },
  import: { prefixes: ['import.'] },
  staff: { prefixes: ['user.', 'staff.'] },
  customer: { prefixes: ['customer.'] },
  store: { prefixes: ['store.'] },
  setting: { prefixes: ['setting.'] },
  content: { prefixes: ['content.', 'event.'] },
  review: { prefixes: ['review.'] },
} as const satisfies Record<string, { prefixes?: readonly string[]; contains?: readonly string[] }>;
export type AuditGroup = keyof typeof AUDIT_GROUPS;
export const AUDIT_GROUP_KEYS = Object.keys(AUDIT_GROUPS) as AuditGroup[];

export type AuditFilters = {
  group: AuditGroup | null;
  actorId: string | null;
  entityType: string | null;
  /** Helsinki dates, YYYY-MM-DD, both inclusive. */
  from: string | null;
  to: string | null;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_PAGE = 1000;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

function validDay(value: string): string | null {
  if (!DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

/** Filters from query parameters; anything malformed is ignored (no filter), never an error. */
export function readAuditFilters(params: Params): AuditFilters {
  const group = first(params.group);
  const actorId = first(params.actor);
  const entityType = first(params.entity);
  const page = first(params.page);
  return {
    group: (AUDIT_GROUP_KEYS as string[]).includes(group) ? (group as AuditGroup) : null,
    actorId: UUID.test(actorId) ? actorId.toLowerCase() : null,
    entityType: /^[a-z_.-]{1,40}$/i.test(entityType) ? entityType : null,
    from: validDay(first(params.from)),
    to: validDay(first(params.to)),
    page: Math.min(readIntParam(page, { max: 9999 }) ?? 1, MAX_PAGE),
  };
}

/** The query string for these filters on another page (empty filters left out). */
export function auditQuery(filters: AuditFilters, page = filters.page): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.group) query.group = filters.group;
  if (filters.actorId) query.actor = filters.actorId;
  if (filters.entityType) query.entity = filters.entityType;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  if (page > 1) query.page = String(page);
  return query;
}
