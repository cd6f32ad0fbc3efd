import 'server-only';
import { hashPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { SignUpInput } from '@/lib/validation/user';

/** Creates a customer account. Fails with EMAIL_TAKEN (and creates nothing) for a used address. */
export async function signUp(input: SignUpInput): Promise<{ id: string }> {
  const taken = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) throw new AppError('EMAIL_TAKEN', undefined, 'email');
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.user.create({
      data: { email: input.email, name: input.name, locale: input.locale, passwordHash, role: 'CUSTOMER' },
      select: { id: true },
    });
  } catch (error) {
    // Two sign-ups with the same address at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('EMAIL_TAKEN', undefined, 'email');
    }
    throw error;
  }
}
