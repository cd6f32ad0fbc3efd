import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword } from '@/lib/auth/password';
import { clearSignInFailures } from '@/lib/auth/rate-limit';
import { hashToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * Accepts a staff invitation with its link's token: sets the password, marks the e-mail address
 * verified (the link reached it) and makes a customer STAFF ('user.role_changed', on behalf of
 * the owner who invited them). The token works once, for 7 days, while the account is active;
 * otherwise TOKEN_INVALID on `password` and nothing changes. Returns the e-mail, to sign in with.
 */
export async function acceptInvitation(token: string, password: string, now = new Date()): Promise<{ email: string }> {
  const passwordHash = await hashPassword(password);
  const email = await prisma.$transaction(async (tx) => {
    const invitation = await tx.staffInvitation.findUnique({
      where: { tokenHash: hashToken(token) },
      include: { user: { select: { id: true, email: true, role: true, active: true } } },
    });
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now || !invitation.user.active) {
      throw new AppError('TOKEN_INVALID', undefined, 'password');
    }
    // Two submits at once: only one claims the link.
    const claimed = await tx.staffInvitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now } });
    if (claimed.count !== 1) throw new AppError('TOKEN_INVALID', undefined, 'password');
    const { user } = invitation;
    await tx.user.update({
      where: { id: user.id },
      // A new password ends the account's other sessions, as a password change does.
      data: { passwordHash, emailVerified: now, sessionVersion: { increment: 1 }, ...(user.role === 'CUSTOMER' ? { role: 'STAFF' as const } : {}) },
    });
    if (user.role === 'CUSTOMER') {
      await recordAudit(tx, {
        actorId: invitation.invitedById,
        action: 'user.role_changed',
        entityType: 'user',
        entityId: user.id,
        data: { email: user.email, from: 'CUSTOMER', to: 'STAFF', reason: 'invitation accepted' },
      });
    }
    return user.email;
  });
  await clearSignInFailures(email);
  return { email };
}
