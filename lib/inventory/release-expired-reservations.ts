import 'server-only';
import { prisma } from '@/lib/db';
import { expireDueOrders } from './expire-due-orders';
import { releaseOrderReservations } from './release-order-reservations';

/**
 * The reservation expiry job: every order still waiting for payment whose hold has run out is
 * EXPIRED, its stock released and its pickup (if any) cancelled, one transaction per order (an order paid at the same moment is
 * left alone: the status condition makes only one of the two win). Returns the number of orders
 * expired. Pay-at-pickup orders are not touched here: their hold lasts until the pickup deadline.
 */
export async function releaseExpiredReservations(now: Date = new Date()): Promise<number> {
  return expireDueOrders(
    { status: 'PENDING_PAYMENT', reservations: { some: { status: 'ACTIVE', expiresAt: { lte: now } } } },
    (id) => expireOrder(id, now),
  );
}

async function expireOrder(orderId: string, now: Date): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.order.updateMany({
      where: { id: orderId, status: 'PENDING_PAYMENT' },
      data: { status: 'EXPIRED', updatedAt: now },
    });
    if (count === 0) return false;
    const released = await releaseOrderReservations(tx, orderId, 'reservation expired');
    await tx.pickup.updateMany({ where: { orderId, status: { in: ['PENDING', 'PICKING'] } }, data: { status: 'CANCELLED', cancelledAt: now } });
    await tx.orderEvent.create({ data: { orderId, type: 'expired', data: { releasedReservations: released } } });
    return true;
  });
}
