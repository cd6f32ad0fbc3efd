import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { SessionUser } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * Cancels a person's pending invitation: its link stops working. A customer who was invited
 * stays a customer, and the stores assigned ahead for them are unassigned. A new account made by
 * the invitation stays (with no password; deactivate it to close it). Audited as
 * 'user.invitation_revoked'. NOT_FOUND when nothing is pending.
 */
export async function revokeInvitation(userId: string, actor: SessionUser, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true } });
    if (!user) throw new AppError('NOT_FOUND');
    const revoked = await tx.staffInvitation.updateMany({ where: { userId, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    if (revoked.count === 0) throw new AppError('NOT_FOUND');
    if (user.role === 'CUSTOMER') await tx.staffAssignment.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'user.invitation_revoked',
      entityType: 'user',
      entityId: userId,
      data: { email: user.email, role: user.role },
    });
  });
}
