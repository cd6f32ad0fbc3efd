import 'server-only';
import { prisma } from '@/lib/db';
import { expireDueOrders } from '@/lib/inventory/expire-due-orders';
import { releaseOrderReservations } from '@/lib/inventory/release-order-reservations';

/**
 * The other half of confirming by e-mail: a guest's pay-at-pickup order whose link was not
 * opened in time (its short hold has run out) is EXPIRED, its stock released and its pickup
 * cancelled, one transaction per order; the conditions make a confirmation at the same moment
 * win or lose cleanly. No e-mail: the confirmation said the order would be released. Part of the
 * holds job (every 30 s). Returns the number of orders expired.
 */
export async function expireUnconfirmedOrders(now: Date = new Date()): Promise<number> {
  return expireDueOrders(
    {
      status: 'PAY_AT_PICKUP',
      confirmedAt: null,
      // An order the store has already made ready is left to staff, as in expireUnreadyPickups.
      pickup: { status: { in: ['PENDING', 'PICKING'] } },
      reservations: { some: { status: 'ACTIVE', expiresAt: { lte: now } } },
    },
    (id) => expire(id, now),
  );
}

async function expire(orderId: string, now: Date): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.order.updateMany({
      where: { id: orderId, status: 'PAY_AT_PICKUP', confirmedAt: null, pickup: { status: { in: ['PENDING', 'PICKING'] } } },
      data: { status: 'EXPIRED', updatedAt: now },
    });
    if (count === 0) return false;
    const released = await releaseOrderReservations(tx, orderId, 'not confirmed');
    await tx.pickup.updateMany({ where: { orderId, status: { in: ['PENDING', 'PICKING'] } }, data: { status: 'CANCELLED', cancelledAt: now } });
    await tx.orderEvent.create({ data: { orderId, type: 'unconfirmed_expired', data: { releasedReservations: released }, createdAt: now } });
    return true;
  });
}
