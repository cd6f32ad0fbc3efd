import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';

// Sign-in throttling that stops password guessing without locking out the account holder
// (OWASP's device-cookie approach). Failures count over a sliding window:
// - per device cookie, for a browser that has signed in to the account before (it has a valid
//   device cookie for it): only its own failures can stop it;
// - per account, for browsers without one (untrusted clients): ten failures from anywhere stop
//   every untrusted client for that address, but never its holder's browsers;
// - per network, for untrusted clients: past a threshold the network is slowed to one attempt
//   every few seconds rather than shut out, so one attacker behind a shared address (an office,
//   a school, a mobile carrier) does not lock out everyone else there.
// An attempt is written before the password is checked and counted after, so guesses sent at
// once cannot all slip under a limit; a success or a refusal takes its row back.
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_DEVICE = 10;
export const MAX_FAILURES_PER_NETWORK = 30;
/** Beyond the network's threshold: one attempt from that network per this many seconds. */
export const NETWORK_SLOW_SECONDS = 10;

export type SignInClient = {
  /** The client's network (lib/limits/network-key.ts), 'unknown' when it cannot be told. */
  network: string;
  /** The nonce of the client's valid device cookie for this account, or null. */
  device: string | null;
};

/**
 * Records an attempt to sign in as `email` and returns its id for endSignInAttempt. Throws
 * RATE_LIMITED (and records nothing) when this client may not try now.
 */
export async function beginSignInAttempt(email: string, client: SignInClient, now = new Date()): Promise<bigint> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const attempt = await prisma.signInFailure.create({
    data: { email, network: client.network, device: client.device, createdAt: now },
    select: { id: true },
  });
  let blocked: boolean;
  if (client.device) {
    const byDevice = await prisma.signInFailure.count({ where: { device: client.device, createdAt: { gte: since } } });
    blocked = byDevice > MAX_FAILURES_PER_DEVICE;
  } else {
    const recent = new Date(now.getTime() - NETWORK_SLOW_SECONDS * 1000);
    const [byAccount, byNetwork, byNetworkJustNow] = await Promise.all([
      prisma.signInFailure.count({ where: { email, device: null, createdAt: { gte: since } } }),
      prisma.signInFailure.count({ where: { network: client.network, device: null, createdAt: { gte: since } } }),
      prisma.signInFailure.count({ where: { network: client.network, device: null, createdAt: { gte: recent } } }),
    ]);
    blocked = byAccount > MAX_FAILURES_PER_ACCOUNT || (byNetwork > MAX_FAILURES_PER_NETWORK && byNetworkJustNow > 1);
  }
  if (blocked) {
    await prisma.signInFailure.delete({ where: { id: attempt.id } });
    throw new AppError('RATE_LIMITED');
  }
  // Failures older than the window are of no further use.
  if (attempt.id % 50n === 0n) await prisma.signInFailure.deleteMany({ where: { createdAt: { lt: since } } });
  return attempt.id;
}

/** A successful attempt is taken back; a failed one stays and counts. */
export async function endSignInAttempt(id: bigint, succeeded: boolean): Promise<void> {
  if (succeeded) await prisma.signInFailure.deleteMany({ where: { id } });
}

/**
 * A password reset or an accepted invitation proves the address: the failures that stopped
 * untrusted clients for it are forgotten.
 */
export async function clearSignInFailures(email: string): Promise<void> {
  await prisma.signInFailure.deleteMany({ where: { email } });
}
