import 'server-only';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { auditEntityHref, auditVariantId } from './audit-entity-link';
import { AUDIT_GROUPS, type AuditFilters } from './audit-filters';
import { helsinkiDayEnd, helsinkiDayStart } from '@/lib/admin/helsinki-day';

export const AUDIT_PER_PAGE = 50;

export type AuditListEntry = {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  data: Prisma.JsonValue;
  actor: { id: string; name: string | null; email: string } | null;
  /** The back-office page of the entry's subject, when it has one. */
  href: string | null;
};

export type AuditPage = { items: AuditListEntry[]; total: number; page: number; pageCount: number };

function auditWhere(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (filters.group) {
    const group: { prefixes?: readonly string[]; contains?: readonly string[] } = AUDIT_GROUPS[filters.group];
    and.push({
      OR: [
        ...(group.prefixes ?? []).map((prefix) => ({ action: { startsWith: prefix } })),
        ...(group.contains ?? []).map((part) => ({ action: { contains: part } })),
      ],
    });
  }
  if (filters.actorId) and.push({ actorId: filters.actorId });
  if (filters.entityType) and.push({ entityType: filters.entityType });
  const from = filters.from ? helsinkiDayStart(filters.from) : null;
  const to = filters.to ? helsinkiDayEnd(filters.to) : null;
  if (from) and.push({ createdAt: { gte: from } });
  if (to) and.push({ createdAt: { lt: to } });
  return { AND: and };
}

/**
 * A page of the audit log, newest first, with the filters applied in SQL. The caller has
 * checked that the viewer is the owner.
 */
export async function listAuditEntries(filters: AuditFilters): Promise<AuditPage> {
  const where = auditWhere(filters);
  const [total, items] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (filters.page - 1) * AUDIT_PER_PAGE,
      take: AUDIT_PER_PAGE,
      select: {
        id: true,
        createdAt: true,
        action: true,
        entityType: true,
        entityId: true,
        data: true,
        actor: { select: { id: true, name: true, email: true } },
      },
    }),
  ]);
  // Stock and price entries name a variant; their page is the variant's product.
  const variantIds = [...new Set(items.map(auditVariantId).filter((id): id is string => id !== null))];
  const variants = variantIds.length
    ? await prisma.productVariant.findMany({ where: { id: { in: variantIds } }, select: { id: true, productId: true } })
    : [];
  const productOf = new Map(variants.map((variant) => [variant.id, variant.productId]));
  const linked = items.map((item) => {
    const variantId = auditVariantId(item);
    return { ...item, href: auditEntityHref({ ...item, productId: variantId ? productOf.get(variantId) : null }) };
  });
  return { items: linked, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PER_PAGE)) };
}
