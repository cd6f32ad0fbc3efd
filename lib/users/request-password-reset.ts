import 'server-only';
import { claimAuthEmail } from '@/lib/auth/email-limit';
import { newLinkToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db';
import { queueEmail } from '@/lib/email/outbox';
import { passwordResetEmail } from '@/lib/email/templates/account-emails';
import { appUrl } from '@/lib/email/translator';
import type { WorkAfterResponse } from './after-response';

const VALID_MINUTES = 60;

/**
 * A password reset link for an address. Counts the request against the limits on such e-mails
 * per address and network (RATE_LIMITED), which are the same for every address, and returns the
 * rest for the caller to run after answering (afterResponse): that part looks the address up and,
 * when it belongs to an active account, writes the link e-mail (its outbox id; null otherwise).
 * So neither the answer nor the time it takes tells who has an account.
 */
export async function requestPasswordReset(email: string, options: { ip: string }): Promise<WorkAfterResponse> {
  await claimAuthEmail('password-reset', email, options.ip);
  return () => writePasswordResetEmail(email);
}

async function writePasswordResetEmail(email: string): Promise<string | null> {
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, locale: true, active: true } });
  if (!user || !user.active) return null;
  const { token, hash } = newLinkToken();
  const message = await passwordResetEmail(user.email, appUrl(`/reset-password?token=${token}`, user.locale), user.locale);
  return prisma.$transaction(async (tx) => {
    await tx.passwordResetToken.deleteMany({ where: { userId: user.id, expiresAt: { lt: new Date() } } });
    await tx.passwordResetToken.create({
      data: { userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + VALID_MINUTES * 60_000) },
    });
    return queueEmail(message, tx);
  });
}
