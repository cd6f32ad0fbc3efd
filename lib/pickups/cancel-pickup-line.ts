import 'server-only';
import { prisma } from '@/lib/db';
import { queueEmail } from '@/lib/email/outbox';
import { pickupLineCancelledEmail } from '@/lib/email/templates/pickup-line-cancelled';
import { AppError } from '@/lib/errors';
import { recordRefund } from '@/lib/payments/record-refund';
import { afterCommit } from './after-commit';
import { cancelPickupOrder } from './cancel-pickup-order';
import { isOpenPickupOrder, lockStorePickup, type StorePickupRef } from './lock-store-pickup';
import { loadPickupEmailOrder } from './load-pickup-email-order';
import { releaseLineHold } from './release-line-hold';

export type CancelPickupLineResult = { refundId: string | null; orderCancelled: boolean };

/**
 * A line's goods cannot be found while picking: the line is cancelled. A paid order gets the
 * line's total back (one refund per line, key `refund-line-<lineId>`, paid by Stripe after the
 * commit); a pay-at-pickup order's hold of those units is released. The customer is told. When
 * no line is left, the whole order is cancelled instead (and that e-mail says it all).
 * Refusals: NOT_FOUND (not this store's order or line), INVALID_STATE (picking is over, or the
 * line is already cancelled: a double submit refunds once).
 */
export async function cancelPickupLine(ref: StorePickupRef & { lineId: string }, actorId: string): Promise<CancelPickupLineResult> {
  const now = new Date();
  const result = await prisma.$transaction(async (tx) => {
    const pickup = await lockStorePickup(tx, ref);
    const { order } = pickup;
    const line = order.lines.find((candidate) => candidate.id === ref.lineId);
    if (!line) throw new AppError('NOT_FOUND');
    if (line.cancelledAt) throw new AppError('INVALID_STATE', 'storePickups.errors.lineAlreadyCancelled');
    if (!isOpenPickupOrder(order.status)) throw new AppError('INVALID_STATE', 'storePickups.errors.orderClosed');
    if (pickup.status !== 'PENDING' && pickup.status !== 'PICKING') throw new AppError('INVALID_STATE', 'storePickups.errors.notPickable');

    await tx.orderLine.update({ where: { id: line.id }, data: { cancelledAt: now, pickedAt: null } });
    await tx.orderEvent.create({ data: { orderId: order.id, type: 'line_cancelled', actorId, data: { lineId: line.id, reason: 'missing_item' }, createdAt: now } });
    if (order.lines.every((other) => other.id === line.id || other.cancelledAt)) {
      const cancelled = await cancelPickupOrder(tx, { orderId: order.id, actorId, reason: 'missing_items', now });
      return { refundId: cancelled.refundId, orderCancelled: true, emailId: cancelled.emailId };
    }

    let refundId: string | null = null;
    if (order.status === 'PAID') {
      const refund = await recordRefund(tx, {
        orderId: order.id,
        amountCents: line.lineTotalCents,
        idempotencyKey: `refund-line-${line.id}`,
        reason: 'missing_item',
        actorId,
      });
      refundId = refund.id;
    } else if (line.variantId) {
      await releaseLineHold(tx, {
        orderId: order.id,
        variantId: line.variantId,
        quantity: line.quantity,
        pickupStoreId: pickup.storeId,
        reason: 'line cancelled: missing item',
        actorId,
      });
    }
    const details = await tx.orderLine.findUniqueOrThrow({ where: { id: line.id }, select: { id: true, name: true, variantLabel: true, quantity: true, lineTotalCents: true } });
    const message = await pickupLineCancelledEmail(await loadPickupEmailOrder(tx, order.id), details, refundId !== null);
    const emailId = await queueEmail(message, tx);
    return { refundId, orderCancelled: false, emailId };
  });
  await afterCommit({ refundIds: [result.refundId], emailIds: [result.emailId] });
  return { refundId: result.refundId, orderCancelled: result.orderCancelled };
}
