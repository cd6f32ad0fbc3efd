import 'server-only';
import { queueEmail } from '@/lib/email/outbox';
import { pickupCancelledEmail } from '@/lib/email/templates/pickup-cancelled';
import { AppError } from '@/lib/errors';
import { lockOrder } from '@/lib/inventory/lock-order';
import { settleOrderReservations } from '@/lib/inventory/settle-order-reservations';
import type { Tx } from '@/lib/inventory/tx';
import { recordRefund } from '@/lib/payments/record-refund';
import { isOpenPickupOrder } from './lock-store-pickup';
import { loadPickupEmailOrder } from './load-pickup-email-order';
import { restockPaidOrder } from './restock-paid-order';

export type CancelPickupOrderInput = {
  orderId: string;
  actorId: string | null;
  /**
   * 'missing_items': staff could not find the goods; 'uncollected': the pickup deadline passed;
   * 'owner': the shopkeeper called it off in the back office (who tells the customer themselves).
   */
  reason: 'missing_items' | 'uncollected' | 'owner';
  now?: Date;
};

export type CancelledPickupOrder = {
  /** A refund to send once the transaction has committed (sendRefund), or null. */
  refundId: string | null;
  /** The customer's e-mail, to deliver after the commit (sendOutboxSoon); null for 'owner'. */
  emailId: string | null;
};

const REFUND_KEYS = { missing_items: 'refund-order-cancel-', uncollected: 'refund-uncollected-', owner: 'refund-owner-cancel-' } as const;
const REFUND_REASONS = { missing_items: 'order_cancelled_missing_items', uncollected: 'uncollected', owner: 'order_cancelled_by_shop' } as const;

/**
 * Calls off a paid or pay-at-pickup click & collect order, inside the caller's transaction: the
 * order is CANCELLED, its pickup CANCELLED ('missing_items') or EXPIRED ('uncollected'), and a
 * transfer not yet received is cancelled. Pay-at-pickup: the holds are released. Paid: the goods
 * go back on the shelf where they are, and whatever is still paid is refunded (one refund per
 * order and reason: a second call is refused anyway, the order being cancelled). The timeline
 * says why and the customer is told in their language.
 * Refusals: NOT_FOUND; INVALID_STATE when the order is no longer open, or (uncollected) its
 * pickup is not ready or its deadline has not passed.
 */
export async function cancelPickupOrder(tx: Tx, input: CancelPickupOrderInput): Promise<CancelledPickupOrder> {
  const now = input.now ?? new Date();
  if (!(await lockOrder(tx, input.orderId))) throw new AppError('NOT_FOUND');
  const order = await tx.order.findUniqueOrThrow({
    where: { id: input.orderId },
    select: { status: true, pickup: { select: { id: true, status: true, deadlineAt: true, storeId: true } } },
  });
  const pickup = order.pickup;
  if (!pickup) throw new AppError('NOT_FOUND');
  if (!isOpenPickupOrder(order.status)) throw new AppError('INVALID_STATE', 'storePickups.errors.orderClosed');
  if (input.reason === 'uncollected') {
    if (pickup.status !== 'READY_FOR_PICKUP' || !pickup.deadlineAt || pickup.deadlineAt > now) {
      throw new AppError('INVALID_STATE', 'storePickups.errors.notOverdue');
    }
  } else if (!['PENDING', 'PICKING', 'READY_FOR_PICKUP'].includes(pickup.status)) {
    throw new AppError('INVALID_STATE', 'storePickups.errors.cannotCancel');
  }

  await tx.order.update({ where: { id: input.orderId }, data: { status: 'CANCELLED', cancelledAt: now } });
  await tx.pickup.update({
    where: { id: pickup.id },
    data: { status: input.reason === 'uncollected' ? 'EXPIRED' : 'CANCELLED', cancelledAt: now },
  });
  const stockReason = `pickup cancelled: ${input.reason}`;
  if (order.status === 'PAY_AT_PICKUP') await settleOrderReservations(tx, input.orderId, 'RELEASED', stockReason);
  else await restockPaidOrder(tx, { orderId: input.orderId, pickupStoreId: pickup.storeId, reason: stockReason, actorId: input.actorId });
  await tx.stockTransfer.updateMany({ where: { orderId: input.orderId, status: { in: ['REQUESTED', 'IN_TRANSIT'] } }, data: { status: 'CANCELLED' } });

  const stillPaid = await paidAndNotRefunded(tx, input.orderId);
  const refund =
    stillPaid > 0
      ? await recordRefund(tx, {
          orderId: input.orderId,
          amountCents: stillPaid,
          idempotencyKey: `${REFUND_KEYS[input.reason]}${input.orderId}`,
          reason: REFUND_REASONS[input.reason],
          actorId: input.actorId ?? undefined,
        })
      : null;
  await tx.orderEvent.create({
    data: { orderId: input.orderId, type: 'cancelled', actorId: input.actorId, data: { reason: input.reason, refundId: refund?.id ?? null }, createdAt: now },
  });
  if (input.reason === 'owner') return { refundId: refund?.id ?? null, emailId: null };
  const refundedCents = await refundedSoFar(tx, input.orderId);
  const message = await pickupCancelledEmail(await loadPickupEmailOrder(tx, input.orderId), {
    orderId: input.orderId,
    reason: input.reason,
    refundedCents,
  });
  const emailId = await queueEmail(message, tx);
  return { refundId: refund?.id ?? null, emailId };
}

/** Money taken for the order (succeeded payments) that has not been given back (failed refunds do not count). */
async function paidAndNotRefunded(tx: Tx, orderId: string): Promise<number> {
  const [paid, refunded] = await Promise.all([
    tx.payment.aggregate({ where: { orderId, status: 'SUCCEEDED' }, _sum: { amountCents: true } }),
    refundedSoFar(tx, orderId),
  ]);
  return (paid._sum.amountCents ?? 0) - refunded;
}

async function refundedSoFar(tx: Tx, orderId: string): Promise<number> {
  const refunded = await tx.refund.aggregate({ where: { orderId, status: { not: 'FAILED' } }, _sum: { amountCents: true } });
  return refunded._sum.amountCents ?? 0;
}
