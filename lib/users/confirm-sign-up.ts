import 'server-only';
import { verifyPassword } from '@/lib/auth/password';
import { hashToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';

/** The address a sign-up link is for, while the link still works (for its page); null otherwise. */
export async function getSignUpRequest(token: string, now = new Date()): Promise<{ email: string } | null> {
  const request = await prisma.signUpRequest.findUnique({ where: { tokenHash: hashToken(token) }, select: { email: true, usedAt: true, expiresAt: true } });
  if (!request || request.usedAt || request.expiresAt <= now) return null;
  return { email: request.email };
}

/**
 * Finishes a sign-up with its link's token and the password chosen at sign-up: creates the
 * customer account, with the address verified (the link reached it). A link works once, within
 * its time (TOKEN_INVALID); a wrong password changes nothing (WRONG_PASSWORD); EMAIL_TAKEN when
 * the address got an account meanwhile (by a sign-in link). Returns the address, to sign in with.
 */
export async function confirmSignUp(token: string, password: string, now = new Date()): Promise<{ email: string }> {
  const request = await prisma.signUpRequest.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!request || request.usedAt || request.expiresAt <= now) throw new AppError('TOKEN_INVALID', undefined, 'password');
  if (!(await verifyPassword(request.passwordHash, password))) throw new AppError('WRONG_PASSWORD', undefined, 'password');
  try {
    await prisma.$transaction(async (tx) => {
      // Opened twice at once: only one claims the link.
      const claimed = await tx.signUpRequest.updateMany({ where: { id: request.id, usedAt: null }, data: { usedAt: now } });
      if (claimed.count !== 1) throw new AppError('TOKEN_INVALID', undefined, 'password');
      await tx.user.create({
        data: {
          email: request.email,
          name: request.name,
          locale: request.locale,
          passwordHash: request.passwordHash,
          emailVerified: now,
          role: 'CUSTOMER',
        },
      });
      // Other sign-ups for the address (someone else's, or an earlier try) end here.
      await tx.signUpRequest.deleteMany({ where: { email: request.email, id: { not: request.id } } });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('EMAIL_TAKEN', undefined, 'password');
    }
    throw error;
  }
  return { email: request.email };
}
