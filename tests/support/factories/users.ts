import { hashPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';

let sequence = 0;

/** A new user with a unique e-mail; pass `password` to make them able to sign in. */
export async function createUser(options: { role?: Role; password?: string; email?: string; name?: string; locale?: 'fi' | 'en' } = {}) {
  sequence += 1;
  const email = options.email ?? `user-${process.pid}-${Date.now()}-${sequence}@example.com`;
  return prisma.user.create({
    data: {
      email,
      name: options.name ?? `Test User ${sequence}`,
      role: options.role ?? 'CUSTOMER',
      locale: options.locale ?? 'fi',
      passwordHash: options.password ? await hashPassword(options.password) : null,
    },
  });
}
