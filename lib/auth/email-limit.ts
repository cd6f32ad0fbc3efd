import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { networkKey } from '@/lib/limits/network-key';
import { limitSetting } from '@/lib/limits/limit-setting';

// E-mails that anyone can make the shop send to any address — sign-in links, password resets,
// sign-up confirmations and "you already have an account" notices — are limited per address
// (all kinds together) and per network, so the shop cannot be used to flood someone's mailbox.
// The limits do not depend on whether the address has an account, so they tell nothing about it.
export const AUTH_EMAIL_WINDOW_MINUTES = 60;
export const MAX_AUTH_EMAILS_PER_ADDRESS = 3;
/** Everyone behind one address counts together: AUTH_EMAIL_LIMIT_PER_NETWORK raises it for a shop whose customers share one. */
export const MAX_AUTH_EMAILS_PER_NETWORK = 20;

function perNetwork(): number {
  return limitSetting('AUTH_EMAIL_LIMIT_PER_NETWORK', MAX_AUTH_EMAILS_PER_NETWORK);
}

/** The message of the RATE_LIMITED error that claimAuthEmail throws (other limits throw RATE_LIMITED too). */
export const AUTH_EMAIL_LIMITED = 'AUTH_EMAIL_LIMITED';

export type AuthEmailKind = 'sign-in-link' | 'password-reset' | 'sign-up';

/**
 * Counts an e-mail of this kind to `email` asked for from `ip`, or throws RATE_LIMITED (and
 * counts nothing) when the address or the network has had its share in the last hour. Written
 * first and counted after, so requests sent at once cannot all slip under the limit.
 */
export async function claimAuthEmail(kind: AuthEmailKind, email: string, ip: string, now = new Date()): Promise<void> {
  const since = new Date(now.getTime() - AUTH_EMAIL_WINDOW_MINUTES * 60_000);
  const address = email.trim().toLowerCase();
  const network = networkKey(ip) ?? 'unknown';
  const row = await prisma.authEmailRequest.create({ data: { kind, email: address, network, createdAt: now }, select: { id: true } });
  const [byAddress, byNetwork] = await Promise.all([
    prisma.authEmailRequest.count({ where: { email: address, createdAt: { gte: since } } }),
    prisma.authEmailRequest.count({ where: { network, createdAt: { gte: since } } }),
  ]);
  if (byAddress > MAX_AUTH_EMAILS_PER_ADDRESS || byNetwork > perNetwork()) {
    await prisma.authEmailRequest.delete({ where: { id: row.id } });
    throw new AppError('RATE_LIMITED', AUTH_EMAIL_LIMITED);
  }
  if (row.id % 50n === 0n) await prisma.authEmailRequest.deleteMany({ where: { createdAt: { lt: since } } });
}
