import 'server-only';
import { randomUUID } from 'node:crypto';
import { appUrl } from '@/lib/email/translator';
import { REVIEW_INVITATION_KIND, reviewInvitationEmail } from '@/lib/email/templates/review-invitation';
import type { Tx } from '@/lib/inventory/tx';

/**
 * Queues the "how was it?" e-mail of a fulfilled order in the caller's transaction (a pickup
 * handed over, a sale at the counter), once per order. Only a known customer (an order with an
 * account) is asked: only they can review. The outbox's worker sends it; nothing is sent at once.
 * Returns the message's id, or null (a guest, nothing to review, or queued before).
 */
export async function queueReviewInvitation(tx: Tx, orderId: string): Promise<string | null> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      number: true,
      locale: true,
      status: true,
      customer: { select: { email: true, name: true, active: true } },
      lines: { where: { cancelledAt: null, productId: { not: null } }, orderBy: { name: 'asc' }, select: { name: true } },
    },
  });
  if (order.status !== 'FULFILLED' || !order.customer?.active || order.lines.length === 0) return null;
  const message = await reviewInvitationEmail({
    orderId,
    locale: order.locale,
    to: order.customer.email,
    name: order.customer.name ?? '',
    number: order.number,
    products: [...new Set(order.lines.map((line) => line.name))],
    url: appUrl(`/account/orders/${order.number}`, order.locale),
  });
  const id = randomUUID();
  const { count } = await tx.outboxMessage.createMany({
    data: [{ id, kind: REVIEW_INVITATION_KIND, toEmail: message.to, subject: message.subject, text: message.text, reference: orderId }],
    skipDuplicates: true,
  });
  return count === 1 ? id : null;
}
