import 'server-only';
import { lockOrder } from '@/lib/inventory/lock-order';
import { releaseOrderReservations } from '@/lib/inventory/release-order-reservations';
import type { Tx } from '@/lib/inventory/tx';

export type CancelPendingOrderInput = {
  orderId: string;
  /** Why, for the stock movements and the timeline: 'payment_cancelled', 'payment_expired', 'payment_failed'. */
  reason: string;
  /** Who cancelled; null for the shopper's browser or Stripe. */
  actorId?: string | null;
};

/**
 * Calls off an order that is still waiting for payment, inside the caller's transaction: the
 * order becomes CANCELLED, its held stock is given back, a pickup is cancelled and the timeline
 * says why. Returns false (and changes nothing) when the order is no longer waiting for payment:
 * paid, already cancelled or expired.
 */
export async function cancelPendingOrder(tx: Tx, input: CancelPendingOrderInput): Promise<boolean> {
  if (!(await lockOrder(tx, input.orderId))) return false;
  const now = new Date();
  const { count } = await tx.order.updateMany({
    where: { id: input.orderId, status: 'PENDING_PAYMENT' },
    data: { status: 'CANCELLED', cancelledAt: now },
  });
  if (count === 0) return false;
  await releaseOrderReservations(tx, input.orderId, input.reason);
  await tx.pickup.updateMany({
    where: { orderId: input.orderId, status: { in: ['PENDING', 'PICKING'] } },
    data: { status: 'CANCELLED', cancelledAt: now },
  });
  await tx.orderEvent.create({
    data: { orderId: input.orderId, type: 'cancelled', data: { reason: input.reason }, actorId: input.actorId ?? null },
  });
  return true;
}
