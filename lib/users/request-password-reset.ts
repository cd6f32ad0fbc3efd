import 'server-only';
import { newLinkToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db';
import { deliverOutboxMessage, queueEmail } from '@/lib/email/outbox';
import { passwordResetEmail } from '@/lib/email/templates/account-emails';
import { appUrl } from '@/lib/email/translator';

const VALID_MINUTES = 60;
const MAX_REQUESTS_PER_HOUR = 5;

/**
 * Sends a password reset link when the address belongs to an account. It says nothing either
 * way, so the form cannot be used to find out who has an account.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || !user.active) return;
  const recent = await prisma.passwordResetToken.count({
    where: { userId: user.id, createdAt: { gte: new Date(Date.now() - 3_600_000) } },
  });
  if (recent >= MAX_REQUESTS_PER_HOUR) return;

  const { token, hash } = newLinkToken();
  const message = await passwordResetEmail(user.email, appUrl(`/reset-password?token=${token}`, user.locale), user.locale);
  const messageId = await prisma.$transaction(async (tx) => {
    await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + VALID_MINUTES * 60_000) },
    });
    return queueEmail(message, tx);
  });
  await deliverOutboxMessage(messageId);
}
