import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { SessionUser } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { StaffPricePermissionInput } from './staff-schemas';

/**
 * Allows a staff member to change prices at the till (always with a reason, recorded on the
 * sale), or takes the permission away. Owners may always; customers are not managed here.
 * Audited as 'user.price_permission_changed'.
 */
export async function setStaffPricePermission(input: StaffPricePermissionInput, actor: SessionUser): Promise<{ changed: boolean }> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true, canOverridePrices: true } });
    if (!user) throw new AppError('NOT_FOUND');
    if (user.role !== 'STAFF') throw new AppError('VALIDATION', 'adminStores.staff.errors.notStaff');
    if (user.canOverridePrices === input.allowed) return { changed: false };
    await tx.user.update({ where: { id: user.id }, data: { canOverridePrices: input.allowed } });
    await recordAudit(tx, { actorId: actor.id, action: 'user.price_permission_changed', entityType: 'user', entityId: user.id, data: { allowed: input.allowed } });
    return { changed: true };
  });
}
