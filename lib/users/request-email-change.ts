import 'server-only';
import { verifyPassword } from '@/lib/auth/password';
import { newLinkToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db';
import { queueEmail, deliverOutboxMessage } from '@/lib/email/outbox';
import { emailChangeConfirmEmail } from '@/lib/email/templates/account-emails';
import { appUrl } from '@/lib/email/translator';
import { AppError } from '@/lib/errors';

const VALID_HOURS = 24;

/**
 * Starts an e-mail change: needs the current password; the address changes only when the link
 * sent to the new address is opened (confirmEmailChange).
 */
export async function requestEmailChange(
  userId: string,
  input: { newEmail: string; currentPassword: string },
): Promise<void> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, omit: { passwordHash: false } });
  if (!user.passwordHash) throw new AppError('NO_PASSWORD', undefined, 'currentPassword');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('WRONG_PASSWORD', undefined, 'currentPassword');
  }
  if (input.newEmail === user.email) throw new AppError('VALIDATION', 'sameEmail', 'newEmail');
  const taken = await prisma.user.findUnique({ where: { email: input.newEmail }, select: { id: true } });
  if (taken) throw new AppError('EMAIL_TAKEN', undefined, 'newEmail');

  const { token, hash } = newLinkToken();
  const email = await emailChangeConfirmEmail(
    input.newEmail,
    appUrl(`/account/confirm-email?token=${token}`, user.locale),
    user.locale,
  );
  const messageId = await prisma.$transaction(async (tx) => {
    await tx.emailChangeRequest.create({
      data: { userId, newEmail: input.newEmail, tokenHash: hash, expiresAt: new Date(Date.now() + VALID_HOURS * 3_600_000) },
    });
    return queueEmail(email, tx);
  });
  await deliverOutboxMessage(messageId);
}
