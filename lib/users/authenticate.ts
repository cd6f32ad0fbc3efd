import 'server-only';
import { verifyPassword } from '@/lib/auth/password';
import { clearSignInFailures, isSignInBlocked, recordSignInFailure } from '@/lib/auth/rate-limit';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

export type AuthenticatedUser = { id: string; email: string; name: string | null; role: string; locale: string };

/**
 * Checks an e-mail and password. Returns the user, or null for a wrong pair. Throws RATE_LIMITED,
 * without looking at the password, when that address or IP has failed too often lately.
 */
export async function authenticate(email: string, password: string, ip: string): Promise<AuthenticatedUser | null> {
  const normalized = email.trim().toLowerCase();
  if (await isSignInBlocked(normalized, ip)) throw new AppError('RATE_LIMITED');
  const user = await prisma.user.findUnique({
    where: { email: normalized },
    omit: { passwordHash: false },
  });
  const ok = !!user?.passwordHash && user.active && (await verifyPassword(user.passwordHash, password));
  if (!user || !ok) {
    await recordSignInFailure(normalized, ip);
    return null;
  }
  await clearSignInFailures(normalized);
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
}
