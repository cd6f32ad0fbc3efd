import 'server-only';
import { prisma } from '@/lib/db';
import type { OrderReturnStatus, ReturnStatus } from '@/lib/generated/prisma/client';
import { readMemberCode } from '@/lib/counter/member-code';
import { parseReturnQr } from './return-qr';

export type DeskMatch =
  | { kind: 'return'; number: number; orderNumber: number; name: string; status: ReturnStatus }
  | { kind: 'order'; number: number; name: string; placedAt: Date; returnStatus: OrderReturnStatus };

const MAX_MATCHES = 20;

/**
 * What the returns desk's search box finds: a return by its QR text or number, an order by its
 * number (a counter sale's receipt number too), or a customer's orders and open returns by
 * e-mail or by the code on their account page (its QR, scanned). Staff of any store may take back any
 * online order, so nothing here is scoped to a store; callers check that the caller is staff.
 */
export async function findDeskMatches(query: string): Promise<DeskMatch[]> {
  const text = query.trim();
  if (!text) return [];
  if (text.includes('@')) return matchesByEmail(text);
  const memberId = readMemberCode(text);
  if (memberId) {
    const member = await prisma.user.findUnique({ where: { id: memberId }, select: { email: true } });
    return member ? matchesByEmail(member.email, memberId) : [];
  }
  const number = parseReturnQr(text);
  if (number === null) return [];
  const onlyReturns = /^r/i.test(text);
  const [returns, orders] = await Promise.all([
    prisma.return.findMany({ where: { number }, select: returnFields }),
    onlyReturns ? [] : prisma.order.findMany({ where: { number }, select: orderFields }),
  ]);
  return [...returns.map(returnMatch), ...orders.map(orderMatch)];
}

/** The orders and open returns under this e-mail address (and of this account, when known). */
async function matchesByEmail(email: string, customerId?: string): Promise<DeskMatch[]> {
  const byEmail = { email: { equals: email, mode: 'insensitive' as const } };
  const sameEmail = customerId ? { OR: [byEmail, { customerId }] } : byEmail;
  const [returns, orders] = await Promise.all([
    prisma.return.findMany({ where: { status: 'REQUESTED', order: sameEmail }, select: returnFields, orderBy: { createdAt: 'desc' }, take: MAX_MATCHES }),
    prisma.order.findMany({
      where: { ...sameEmail, status: { in: ['PAID', 'FULFILLED'] } },
      select: orderFields,
      orderBy: { placedAt: 'desc' },
      take: MAX_MATCHES,
    }),
  ]);
  return [...returns.map(returnMatch), ...orders.map(orderMatch)];
}

const returnFields = { number: true, status: true, order: { select: { number: true, name: true } } } as const;
const orderFields = { number: true, name: true, placedAt: true, returnStatus: true } as const;

function returnMatch(row: { number: number; status: ReturnStatus; order: { number: number; name: string } }): DeskMatch {
  return { kind: 'return', number: row.number, orderNumber: row.order.number, name: row.order.name, status: row.status };
}

function orderMatch(row: { number: number; name: string; placedAt: Date; returnStatus: OrderReturnStatus }): DeskMatch {
  return { kind: 'order', ...row };
}
