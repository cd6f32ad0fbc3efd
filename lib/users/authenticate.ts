import 'server-only';
import { deviceFor } from '@/lib/auth/device-cookie';
import { dummyPasswordHash, verifyPassword } from '@/lib/auth/password';
import { beginSignInAttempt, endSignInAttempt } from '@/lib/auth/rate-limit';
import { prisma } from '@/lib/db';
import { networkKey } from '@/lib/limits/network-key';

// Made once per process, ahead of the first unknown address (whose check would otherwise wait for it).
void dummyPasswordHash();

export type AuthenticatedUser = { id: string; email: string; name: string | null; role: string; locale: string };

/**
 * Checks an e-mail and password from a client at `ip`, with its device cookie if it has one
 * (lib/auth/device-cookie.ts). Returns the user, or null for a wrong pair. Throws RATE_LIMITED,
 * without looking at the password, when this client may not try now (lib/auth/rate-limit.ts).
 * An unknown address, an account without a password and a deactivated one cost the same argon2
 * verification as a real one, so the time taken tells nobody which addresses have accounts.
 */
export async function authenticate(
  email: string,
  password: string,
  ip: string,
  deviceCookie?: string | null,
): Promise<AuthenticatedUser | null> {
  const normalized = email.trim().toLowerCase();
  const user = await prisma.user.findUnique({ where: { email: normalized }, omit: { passwordHash: false } });
  const device = user ? deviceFor(deviceCookie, user.id) : null;
  const attempt = await beginSignInAttempt(normalized, { network: networkKey(ip) ?? 'unknown', device });
  const matches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  const ok = !!user?.passwordHash && user.active && matches;
  await endSignInAttempt(attempt, ok);
  if (!user || !ok) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
}
