import 'server-only';
import { AppError } from '@/lib/errors';
import { convertOrderReservations } from '@/lib/inventory/convert-order-reservations';
import { lockOrder } from '@/lib/inventory/lock-order';
import type { Tx } from '@/lib/inventory/tx';
import { reserveOrderAgain } from '@/lib/payments/reserve-order-again';
import { queueOrderConfirmation } from './queue-order-confirmation';

export type MarkOrderPaidInput = {
  orderId: string;
  /** Our payment row that the money came in for. */
  paymentId: string;
};

/**
 * - `paid`: the order went PENDING_PAYMENT -> PAID now.
 * - `paid-late`: its hold had been released (expired or cancelled), the stock was still there
 *   and is held again: PAID now.
 * - `already-recorded`: this payment was recorded before (a webhook delivered again).
 * - `stock-gone`: paid after its hold was released, and the stock is gone: the caller refunds.
 * - `paid-twice`: the order was already paid with another payment: the caller refunds.
 */
export type MarkOrderPaidOutcome = 'paid' | 'paid-late' | 'already-recorded' | 'stock-gone' | 'paid-twice';

/**
 * Records that a payment succeeded, inside the caller's transaction (the webhook's, which also
 * records the event id). Exactly once: the order row is locked, and a payment already
 * SUCCEEDED changes nothing. On the way to PAID the held stock becomes sales, the timeline gets
 * 'paid' and the confirmation e-mail is queued.
 */
export async function markOrderPaid(tx: Tx, input: MarkOrderPaidInput): Promise<MarkOrderPaidOutcome> {
  if (!(await lockOrder(tx, input.orderId))) throw new AppError('NOT_FOUND');
  const order = await tx.order.findUniqueOrThrow({ where: { id: input.orderId }, select: { id: true, status: true } });
  const payment = await tx.payment.findUnique({ where: { id: input.paymentId }, select: { orderId: true, status: true } });
  if (!payment || payment.orderId !== order.id) throw new AppError('NOT_FOUND');
  if (payment.status === 'SUCCEEDED') return 'already-recorded';

  await tx.payment.update({ where: { id: input.paymentId }, data: { status: 'SUCCEEDED' } });
  if (order.status === 'PENDING_PAYMENT') {
    await finishPaidOrder(tx, order.id, input.paymentId, false);
    return 'paid';
  }
  if (order.status === 'EXPIRED' || order.status === 'CANCELLED') {
    if (await reserveOrderAgain(tx, order.id)) {
      await finishPaidOrder(tx, order.id, input.paymentId, true);
      return 'paid-late';
    }
    await tx.orderEvent.create({
      data: { orderId: order.id, type: 'paid_after_expiry', data: { paymentId: input.paymentId, stockAvailable: false } },
    });
    return 'stock-gone';
  }
  await tx.orderEvent.create({ data: { orderId: order.id, type: 'paid_twice', data: { paymentId: input.paymentId } } });
  return 'paid-twice';
}

async function finishPaidOrder(tx: Tx, orderId: string, paymentId: string, late: boolean) {
  await tx.order.update({ where: { id: orderId }, data: { status: 'PAID', paidAt: new Date(), cancelledAt: null } });
  // A click & collect order that was called off with its hold is back in the store's queue.
  await tx.pickup.updateMany({ where: { orderId, status: 'CANCELLED' }, data: { status: 'PENDING', cancelledAt: null } });
  await convertOrderReservations(tx, orderId);
  const { provider } = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { provider: true } });
  await tx.orderEvent.create({ data: { orderId, type: 'paid', data: { paymentId, provider, late } } });
  await queueOrderConfirmation(tx, orderId);
}
