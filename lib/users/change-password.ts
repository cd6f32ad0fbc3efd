import 'server-only';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

export async function changePassword(
  userId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, omit: { passwordHash: false } });
  if (!user.passwordHash) throw new AppError('NO_PASSWORD', undefined, 'currentPassword');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('WRONG_PASSWORD', undefined, 'currentPassword');
  }
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(input.newPassword) } });
}
