import 'server-only';
import { prisma } from '@/lib/db';

// Failed sign-ins are counted per e-mail address and per IP address over a sliding window.
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 10;
export const MAX_FAILURES_PER_IP = 50;

function windowStart(now = new Date()) {
  return new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
}

export async function isSignInBlocked(email: string, ip: string): Promise<boolean> {
  const since = windowStart();
  const [byEmail, byIp] = await Promise.all([
    prisma.signInFailure.count({ where: { email, createdAt: { gte: since } } }),
    prisma.signInFailure.count({ where: { ip, createdAt: { gte: since } } }),
  ]);
  return byEmail >= MAX_FAILURES_PER_EMAIL || byIp >= MAX_FAILURES_PER_IP;
}

export async function recordSignInFailure(email: string, ip: string): Promise<void> {
  await prisma.signInFailure.create({ data: { email, ip } });
}

/** A successful sign-in or password reset starts the count for that address afresh. */
export async function clearSignInFailures(email: string): Promise<void> {
  await prisma.signInFailure.deleteMany({ where: { email } });
}
