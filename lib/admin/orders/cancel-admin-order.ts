import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { queueEmail } from '@/lib/email/outbox';
import { AppError } from '@/lib/errors';
import { lockOrder } from '@/lib/inventory/lock-order';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';
import { cancelPendingOrder } from '@/lib/orders/cancel-pending-order';
import { sendRefund } from '@/lib/payments/send-refund';
import { cancelPickupOrder } from '@/lib/pickups/cancel-pickup-order';
import { cancelKind, type CancelKind } from './cancel-kind';
import { cancelShippedOrder } from './cancel-shipped-order';
import { orderCancelledEmail } from './order-cancelled-email';

export type CancelledByOwner = { kind: CancelKind; refundId: string | null; refundedCents: number };

/**
 * The owner calls off an order. Waiting for payment: the stock hold is released. Click &
 * collect not yet picked up: cancelPickupOrder (holds released, or paid goods restocked and
 * refunded). Paid delivery not yet sent: stock back where it was sold, money back. Fulfilled or
 * closed orders are refused (INVALID_STATE): a fulfilled order is refunded instead.
 * The customer gets one e-mail; the audit log records 'order.cancelled'; after the commit Stripe
 * pays the refund.
 */
export async function cancelAdminOrder(orderId: string, actor: { id: string }): Promise<CancelledByOwner> {
  const done = await prisma.$transaction(async (tx) => {
    if (!(await lockOrder(tx, orderId))) throw new AppError('NOT_FOUND');
    const order = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { id: true, number: true, status: true, fulfilment: true, name: true, email: true, locale: true, currency: true, pickup: { select: { status: true } } },
    });
    const kind = cancelKind(order);
    if (!kind) throw new AppError('VALIDATION', 'adminOrders.errors.cannotCancel');

    let refundId: string | null = null;
    if (kind === 'pending') {
      if (!(await cancelPendingOrder(tx, { orderId, reason: 'owner', actorId: actor.id }))) throw new AppError('VALIDATION', 'adminOrders.errors.cannotCancel');
    } else if (kind === 'pickup') {
      refundId = (await cancelPickupOrder(tx, { orderId, actorId: actor.id, reason: 'owner' })).refundId;
    } else {
      refundId = await cancelShippedOrder(tx, { orderId, actorId: actor.id });
    }
    const refund = refundId ? await tx.refund.findUniqueOrThrow({ where: { id: refundId }, select: { amountCents: true } }) : null;
    const refundedCents = refund?.amountCents ?? 0;
    const emailId = await queueEmail(await orderCancelledEmail(order, refundedCents), tx);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'order.cancelled',
      entityType: 'order',
      entityId: orderId,
      data: { number: order.number, previousStatus: order.status, kind, refundId, refundedCents },
    });
    return { kind, refundId, refundedCents, emailId };
  });
  if (done.refundId) await sendRefund(done.refundId);
  await sendOutboxSoon([done.emailId]);
  return { kind: done.kind, refundId: done.refundId, refundedCents: done.refundedCents };
}
