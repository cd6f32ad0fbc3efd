import 'server-only';
import { hashPassword } from '@/lib/auth/password';
import { clearSignInFailures } from '@/lib/auth/rate-limit';
import { hashToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * Sets a new password with a reset link's token. A token works once, within its time. Ends every
 * session of the account (raises its session version) and forgets the failed sign-ins that
 * stopped untrusted clients for the address. Returns the account, to remember this browser as
 * one of its devices.
 */
export async function resetPassword(token: string, password: string): Promise<{ userId: string }> {
  const passwordHash = await hashPassword(password);
  const { email, userId } = await prisma.$transaction(async (tx) => {
    const row = await tx.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
    if (!row || row.usedAt || row.expiresAt < new Date()) throw new AppError('TOKEN_INVALID', undefined, 'password');
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) throw new AppError('TOKEN_INVALID', undefined, 'password');
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    // Other links asked for before this one no longer work either.
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: new Date() } });
    return { email: row.user.email, userId: row.userId };
  });
  await clearSignInFailures(email);
  return { userId };
}
