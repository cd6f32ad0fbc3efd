import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/inventory/tx';

/** What the audit log records: who changed prices, stock, refunds, roles, settings and content. */
export type AuditEntry = {
  actorId: string | null;
  /** e.g. 'product.price_changed', 'stock.adjusted', 'refund.created', 'user.role_changed'. */
  action: string;
  /** e.g. 'product', 'variant', 'stock', 'order', 'user', 'store', 'setting', 'content'. */
  entityType: string;
  entityId: string | null;
  /** What changed: before/after values, reasons, amounts. */
  data?: Prisma.InputJsonValue;
};

/** Writes one audit entry, in the caller's transaction (so it exists exactly when the change does). */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: { actorId: entry.actorId, action: entry.action, entityType: entry.entityType, entityId: entry.entityId, data: entry.data ?? {} },
  });
}
