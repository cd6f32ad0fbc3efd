import 'server-only';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * Changes the password of a signed-in user who knows the current one. Raises the account's
 * session version, which ends every session signed in before (lib/auth/session.ts); returns the
 * new version, for the session that made the change to carry on with (keepCurrentSession).
 */
export async function changePassword(
  userId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<{ sessionVersion: number }> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, omit: { passwordHash: false } });
  if (!user.passwordHash) throw new AppError('NO_PASSWORD', undefined, 'currentPassword');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('WRONG_PASSWORD', undefined, 'currentPassword');
  }
  const updated = await prisma.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return { sessionVersion: updated.sessionVersion };
}
