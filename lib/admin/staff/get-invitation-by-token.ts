import 'server-only';
import { hashToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db';

/**
 * What the invitation page shows before the password is set: the invited person's name and
 * e-mail, or null when the link is unknown, used, revoked, expired or the account deactivated.
 */
export async function getInvitationByToken(token: string, now = new Date()): Promise<{ name: string | null; email: string } | null> {
  if (!token || token.length > 200) return null;
  const invitation = await prisma.staffInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { acceptedAt: true, revokedAt: true, expiresAt: true, user: { select: { name: true, email: true, active: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now || !invitation.user.active) return null;
  return { name: invitation.user.name, email: invitation.user.email };
}
