import 'server-only';
import { hashPassword } from '@/lib/auth/password';
import { clearSignInFailures } from '@/lib/auth/rate-limit';
import { hashToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** Sets a new password with a reset link's token. A token works once, within its time. */
export async function resetPassword(token: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  const email = await prisma.$transaction(async (tx) => {
    const row = await tx.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
    if (!row || row.usedAt || row.expiresAt < new Date()) throw new AppError('TOKEN_INVALID', undefined, 'password');
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) throw new AppError('TOKEN_INVALID', undefined, 'password');
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    return row.user.email;
  });
  await clearSignInFailures(email);
}
