import 'server-only';
import { randomUUID } from 'node:crypto';
import { currentOrderLink } from './order-link-token';
import { ORDER_CONFIRMATION_KIND, orderConfirmationEmail } from '@/lib/email/templates/order-confirmation';
import { lockOrder } from '@/lib/inventory/lock-order';
import type { Tx } from '@/lib/inventory/tx';
import { loadOrderDetails } from './load-order-details';
import { confirmPickupUrl, orderUrl } from './order-url';

/**
 * Queues the order's confirmation e-mail in the caller's transaction (placing a pay-at-pickup
 * order, or the payment webhook). Once per order: a second call, or a webhook delivered twice,
 * queues nothing (outbox rows are unique per kind and reference). Returns the queued message's id
 * (to hand to the sender once the transaction has committed), or null when nothing was queued.
 *
 * The e-mail carries the guest link to the order's page. Only the hash of a link's secret is
 * stored, so the secret is passed in when the caller has it (just placed), and otherwise the
 * order's current link is derived again (currentOrderLink). With `confirm` (a guest's
 * pay-at-pickup order: the confirmation link's secret, and how long the order waits for it) the
 * e-mail also asks the shopper to confirm the order through its link. `placedInThisTransaction`:
 * the caller has just created the order in `tx` (placing it).
 */
export async function queueOrderConfirmation(
  tx: Tx,
  orderId: string,
  options: { accessToken?: string; confirm?: { token: string; minutes: number }; placedInThisTransaction?: boolean } = {},
): Promise<string | null> {
  // An order created in the caller's transaction is seen by no one else yet and has no e-mail:
  // neither the lock nor the look for an earlier message can find anything (two statements less).
  if (!options.placedInThisTransaction) {
    if (!(await lockOrder(tx, orderId))) return null;
    const existing = await tx.outboxMessage.findFirst({
      where: { kind: ORDER_CONFIRMATION_KIND, reference: orderId },
      select: { id: true },
    });
    if (existing) return null;
  }
  const order = await loadOrderDetails(orderId, tx);
  if (!order) return null;
  const accessToken = options.accessToken ?? (await currentOrderLink(tx, orderId));
  const confirm = options.confirm ? { url: confirmPickupUrl(order.number, options.confirm.token, order.locale), minutes: options.confirm.minutes } : undefined;
  const message = await orderConfirmationEmail(order, orderUrl(order.number, accessToken, order.locale), confirm);
  const id = randomUUID();
  const { count } = await tx.outboxMessage.createMany({
    data: [{ id, kind: message.kind, toEmail: message.to, subject: message.subject, text: message.text, html: message.html ?? null, reference: orderId }],
    skipDuplicates: true,
  });
  return count === 1 ? id : null;
}
