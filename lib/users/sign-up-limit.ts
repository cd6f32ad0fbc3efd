import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { limitSetting } from '@/lib/limits/limit-setting';

// New accounts cost an attacker nothing but a request, so sign-ups are counted, per network and
// for the whole shop, over a sliding window. The shop-wide limit is far above what a shop gets
// (a busy day brings tens of sign-ups, not hundreds an hour); it caps a script that rotates
// addresses. Both are settings for a shop that outgrows them.
export const SIGN_UP_WINDOW_MINUTES = 60;

export function signUpLimits() {
  return {
    perNetwork: limitSetting('SIGN_UP_LIMIT_PER_NETWORK', 5),
    total: limitSetting('SIGN_UP_LIMIT_TOTAL', 200),
  };
}

/**
 * Counts a sign-up attempt from `network` (networkKey of the client's address, or null when it is
 * unknown), or refuses it with RATE_LIMITED when the network or the whole shop has had its share
 * in the last hour. The attempt is written first and counted after, so that requests racing each
 * other cannot all slip under the limit; a refused attempt is taken back, so that a script
 * knocking on a full limit does not keep it full.
 */
export async function claimSignUpAttempt(network: string | null, now: Date = new Date()): Promise<void> {
  const limits = signUpLimits();
  const since = new Date(now.getTime() - SIGN_UP_WINDOW_MINUTES * 60_000);
  const attempt = await prisma.signUpAttempt.create({ data: { network: network ?? 'unknown', createdAt: now }, select: { id: true } });
  const [byNetwork, total] = await Promise.all([
    network ? prisma.signUpAttempt.count({ where: { network, createdAt: { gte: since } } }) : 0,
    prisma.signUpAttempt.count({ where: { createdAt: { gte: since } } }),
  ]);
  if (byNetwork > limits.perNetwork || total > limits.total) {
    await prisma.signUpAttempt.delete({ where: { id: attempt.id } });
    throw new AppError('RATE_LIMITED');
  }
  // Old attempts are of no further use.
  if (attempt.id % 100n === 0n) await prisma.signUpAttempt.deleteMany({ where: { createdAt: { lt: since } } });
}
