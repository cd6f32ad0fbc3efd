import 'server-only';
import { prisma } from '@/lib/db';
import { releaseOrderReservations } from '@/lib/inventory/release-order-reservations';

const BATCH = 200;

/**
 * The other half of confirming by e-mail: a guest's pay-at-pickup order whose link was not
 * opened in time (its short hold has run out) is EXPIRED, its stock released and its pickup
 * cancelled, one transaction per order; the conditions make a confirmation at the same moment
 * win or lose cleanly. No e-mail: the confirmation said the order would be released. Part of the
 * holds job (every 30 s). Returns the number of orders expired.
 */
export async function expireUnconfirmedOrders(now: Date = new Date()): Promise<number> {
  let expired = 0;
  let lastId: string | undefined;
  for (;;) {
    const due = await prisma.order.findMany({
      where: {
        status: 'PAY_AT_PICKUP',
        confirmedAt: null,
        // An order the store has already made ready is left to staff, as in expireUnreadyPickups.
        pickup: { status: { in: ['PENDING', 'PICKING'] } },
        reservations: { some: { status: 'ACTIVE', expiresAt: { lte: now } } },
        ...(lastId ? { id: { gt: lastId } } : {}),
      },
      orderBy: { id: 'asc' },
      select: { id: true },
      take: BATCH,
    });
    for (const { id } of due) {
      if (await expire(id, now)) expired += 1;
    }
    if (due.length < BATCH) return expired;
    lastId = due[due.length - 1].id;
  }
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
