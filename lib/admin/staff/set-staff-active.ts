import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { SessionUser } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { StaffActiveInput } from './staff-schemas';

const E = (key: string) => `adminStores.staff.errors.${key}`;

/**
 * Deactivates a staff member (or another owner) or reactivates them. A deactivated account cannot
 * sign in (lib/users/authenticate.ts, next-auth's signIn callback), and an existing session
 * counts as signed out at once (lib/auth/session.ts reads `active` on every request). Its
 * pending invitation links stop working. Store assignments are kept for a reactivation.
 * Refused: deactivating yourself; customers (not managed here). Audited as 'user.deactivated' /
 * 'user.reactivated'.
 */
export async function setStaffActive(input: StaffActiveInput, actor: SessionUser, now = new Date()): Promise<{ changed: boolean }> {
  if (input.userId === actor.id) throw new AppError('VALIDATION', E('cannotDeactivateSelf'));
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true, active: true, email: true } });
    if (!user) throw new AppError('NOT_FOUND');
    if (user.role === 'CUSTOMER') throw new AppError('VALIDATION', E('notStaff'));
    if (user.active === input.active) return { changed: false };
    await tx.user.update({ where: { id: user.id }, data: { active: input.active } });
    if (!input.active) {
      await tx.staffInvitation.updateMany({ where: { userId: user.id, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.active ? 'user.reactivated' : 'user.deactivated',
      entityType: 'user',
      entityId: user.id,
      data: { email: user.email, role: user.role },
    });
    return { changed: true };
  });
}
