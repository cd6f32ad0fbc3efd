import 'server-only';
import { prisma } from '@/lib/db';
import { readMemberCode } from './member-code';

export type CounterCustomer = { id: string; name: string | null; email: string; phone: string | null };

const select = { id: true, name: true, email: true, phone: true } as const;

/**
 * The customer at the counter, from what staff scanned or typed: the member code on the
 * customer's account page, their e-mail address, or their phone number (spaces, hyphens and a
 * leading +358 or 0 ignored). Exact matches only: the till never lists strangers' accounts.
 */
export async function findCounterCustomer(text: string): Promise<CounterCustomer | null> {
  const value = text.trim();
  if (!value || value.length > 254) return null;
  const memberId = readMemberCode(value);
  if (memberId) return prisma.user.findFirst({ where: { id: memberId, active: true }, select });
  if (value.includes('@')) return prisma.user.findFirst({ where: { email: value.toLowerCase(), active: true }, select });
  const digits = phoneDigits(value);
  if (!digits) return null;
  const candidates = await prisma.user.findMany({
    where: { active: true, phone: { contains: digits.slice(-7) } },
    take: 20,
    select,
  });
  const matches = candidates.filter((user) => user.phone && phoneDigits(user.phone) === digits);
  return matches.length === 1 ? matches[0] : null;
}

/** A Finnish phone number's national digits (without 0 or +358), or null if it is not one. */
export function phoneDigits(text: string): string | null {
  const compact = text.replace(/[\s()-]/g, '');
  if (!/^(\+|00)?\d{6,15}$/.test(compact)) return null;
  return compact.replace(/^(\+358|00358|0)/, '');
}
