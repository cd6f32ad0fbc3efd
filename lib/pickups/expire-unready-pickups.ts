import 'server-only';
import { prisma } from '@/lib/db';
import { queueEmail } from '@/lib/email/outbox';
import { pickupCancelledEmail } from '@/lib/email/templates/pickup-cancelled';
import { lockOrder } from '@/lib/inventory/lock-order';
import { settleOrderReservations } from '@/lib/inventory/settle-order-reservations';
import { loadPickupEmailOrder } from './load-pickup-email-order';

const BATCH = 100;

/**
 * The pickup expiry job: a pay-at-pickup order that the store never made ready, and whose hold
 * has run out, is EXPIRED: its holds are released, a transfer still on its way is cancelled, its
 * pickup is EXPIRED and the customer is told. One transaction per order; the status condition
 * makes a concurrent "ready" or a second worker win or lose cleanly. Ready orders are left to
 * staff (the overdue tab). Returns the queued e-mails' ids.
 */
export async function expireUnreadyPickups(now: Date = new Date()): Promise<string[]> {
  const due = await prisma.order.findMany({
    where: {
      status: 'PAY_AT_PICKUP',
      pickup: { status: { in: ['PENDING', 'PICKING'] } },
      reservations: { some: { status: 'ACTIVE', expiresAt: { lte: now } } },
    },
    orderBy: { placedAt: 'asc' },
    take: BATCH,
    select: { id: true },
  });
  const emailIds: string[] = [];
  for (const { id: orderId } of due) {
    const emailId = await prisma.$transaction(async (tx) => {
      await lockOrder(tx, orderId);
      const { count } = await tx.order.updateMany({
        where: { id: orderId, status: 'PAY_AT_PICKUP', pickup: { status: { in: ['PENDING', 'PICKING'] } } },
        data: { status: 'EXPIRED' },
      });
      if (count === 0) return null;
      const released = await settleOrderReservations(tx, orderId, 'RELEASED', 'pickup not ready in time');
      await tx.stockTransfer.updateMany({ where: { orderId, status: { in: ['REQUESTED', 'IN_TRANSIT'] } }, data: { status: 'CANCELLED' } });
      await tx.pickup.update({ where: { orderId }, data: { status: 'EXPIRED', cancelledAt: now } });
      await tx.orderEvent.create({ data: { orderId, type: 'pickup_expired', data: { releasedReservations: released }, createdAt: now } });
      const message = await pickupCancelledEmail(await loadPickupEmailOrder(tx, orderId), { orderId, reason: 'expired', refundedCents: 0 });
      return queueEmail(message, tx);
    });
    if (emailId) emailIds.push(emailId);
  }
  return emailIds;
}
