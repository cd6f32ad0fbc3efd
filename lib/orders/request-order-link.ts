import 'server-only';
import { randomUUID } from 'node:crypto';
import { ORDER_LINK_DAYS, renewOrderLink } from './order-link-token';
import { prisma } from '@/lib/db';
import { orderAccessLinkEmail } from '@/lib/email/templates/order-confirmation';
import { AppError } from '@/lib/errors';
import { orderUrl } from './order-url';

const WINDOW_MS = 15 * 60_000;
const MAX_PER_EMAIL = 5;
const MAX_PER_IP = 20;

export type OrderLinkRequest = { email: string; number: number };

/**
 * A guest asks for the link to their order by e-mail address and order number. When both match
 * an order, a new link is e-mailed to the order's address, never shown here: every earlier link
 * of the order stops working (a forwarded or leaked one too), and the new one works for
 * ORDER_LINK_DAYS. The caller tells the person the same thing either way. Rate limited per address and
 * per IP (RATE_LIMITED), counting every attempt, matched or not. Returns the queued e-mail's id
 * (for the caller to send after answering), or null.
 */
export async function requestOrderLink(request: OrderLinkRequest, client: { ip: string }, now: Date = new Date()): Promise<string | null> {
  const email = request.email.trim().toLowerCase();
  const since = new Date(now.getTime() - WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    prisma.orderLookupAttempt.count({ where: { email, createdAt: { gte: since } } }),
    prisma.orderLookupAttempt.count({ where: { ip: client.ip, createdAt: { gte: since } } }),
  ]);
  if (byEmail >= MAX_PER_EMAIL || byIp >= MAX_PER_IP) throw new AppError('RATE_LIMITED');
  await prisma.orderLookupAttempt.create({ data: { email, ip: client.ip, createdAt: now } });

  if (!Number.isSafeInteger(request.number) || request.number < 1 || request.number > 2_147_483_647) return null;
  const order = await prisma.order.findFirst({
    where: { number: request.number, email },
    select: { id: true, number: true, email: true, locale: true },
  });
  if (!order) return null;
  const id = randomUUID();
  await prisma.$transaction(async (tx) => {
    const token = await renewOrderLink(tx, order.id, now);
    const message = await orderAccessLinkEmail(order, orderUrl(order.number, token, order.locale), ORDER_LINK_DAYS);
    await tx.outboxMessage.create({
      data: { id, kind: message.kind, toEmail: message.to, subject: message.subject, text: message.text, reference: null },
    });
  });
  return id;
}
