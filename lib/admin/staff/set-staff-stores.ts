import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { SessionUser } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { StaffStoresInput } from './staff-schemas';

const E = (key: string) => `adminStores.staff.errors.${key}`;

/**
 * Sets the stores a staff member works in (the checked ones; the rest are unassigned), audited as
 * 'staff.assigned' with the stores added and removed. The owner works in every store and has no
 * assignments (VALIDATION). Someone invited but not yet staff may be assigned ahead of time.
 */
export async function setStaffStores(input: StaffStoresInput, actor: SessionUser): Promise<{ added: number; removed: number }> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, role: true, _count: { select: { staffInvitations: true } } },
    });
    if (!user || (user.role === 'CUSTOMER' && user._count.staffInvitations === 0)) throw new AppError('NOT_FOUND');
    if (user.role === 'OWNER') throw new AppError('VALIDATION', E('ownerHasAllStores'));
    const stores = await tx.store.findMany({ where: { id: { in: input.storeIds } }, select: { id: true, name: true } });
    if (stores.length !== input.storeIds.length) throw new AppError('VALIDATION', E('storeInvalid'), 'storeIds');

    const current = await tx.staffAssignment.findMany({ where: { userId: user.id }, select: { storeId: true, store: { select: { name: true } } } });
    const added = stores.filter((store) => !current.some((row) => row.storeId === store.id));
    const removed = current.filter((row) => !input.storeIds.includes(row.storeId));
    if (added.length === 0 && removed.length === 0) return { added: 0, removed: 0 };

    await tx.staffAssignment.deleteMany({ where: { userId: user.id, storeId: { in: removed.map((row) => row.storeId) } } });
    await tx.staffAssignment.createMany({ data: added.map((store) => ({ userId: user.id, storeId: store.id })), skipDuplicates: true });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'staff.assigned',
      entityType: 'user',
      entityId: user.id,
      data: { added: added.map((store) => store.name), removed: removed.map((row) => row.store.name) },
    });
    return { added: added.length, removed: removed.length };
  });
}
