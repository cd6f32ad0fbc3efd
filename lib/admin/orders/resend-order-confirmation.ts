import 'server-only';
import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { ORDER_CONFIRMATION_KIND, orderConfirmationEmail } from '@/lib/email/templates/order-confirmation';
import { AppError } from '@/lib/errors';
import { lockOrder } from '@/lib/inventory/lock-order';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';
import { loadOrderDetails } from '@/lib/orders/load-order-details';
import { currentOrderLink } from '@/lib/orders/order-link-token';
import { orderUrl } from '@/lib/orders/order-url';

/** Orders whose confirmation has been sent (a confirmation goes out when paid or placed to pay at pickup). */
const CONFIRMED = ['PAID', 'PAY_AT_PICKUP', 'FULFILLED'];

/**
 * Sends the order confirmation again (the customer lost it). A new outbox message with the
 * reference `<orderId>:resend:<n>` (the first confirmation holds `<orderId>`), with the order's
 * one link (the same as in every other e-mail about the order).
 * The pickup-ready e-mail is not resent: it carries a pickup code, which only staff can renew.
 * Returns the outbox message's id.
 */
export async function resendOrderConfirmation(orderId: string, actor: { id: string }): Promise<string> {
  const id = await prisma.$transaction(async (tx) => {
    if (!(await lockOrder(tx, orderId))) throw new AppError('NOT_FOUND');
    const order = await loadOrderDetails(orderId, tx);
    if (!order) throw new AppError('NOT_FOUND');
    if (!CONFIRMED.includes(order.status)) throw new AppError('VALIDATION', 'adminOrders.errors.noConfirmation');
    const sent = await tx.outboxMessage.count({ where: { kind: ORDER_CONFIRMATION_KIND, reference: { startsWith: `${orderId}:resend:` } } });
    const token = await currentOrderLink(tx, orderId);
    const message = await orderConfirmationEmail(order, orderUrl(order.number, token, order.locale));
    const messageId = randomUUID();
    await tx.outboxMessage.create({
      data: { id: messageId, kind: message.kind, toEmail: message.to, subject: message.subject, text: message.text, html: message.html ?? null, reference: `${orderId}:resend:${sent + 1}` },
    });
    await tx.orderEvent.create({ data: { orderId, type: 'confirmation_resent', actorId: actor.id, data: { messageId } } });
    return messageId;
  });
  await sendOutboxSoon([id]);
  return id;
}
