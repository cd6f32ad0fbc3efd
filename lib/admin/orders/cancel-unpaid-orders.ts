import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { cancelPendingOrder } from '@/lib/orders/cancel-pending-order';
import { cancelPickupOrder } from '@/lib/pickups/cancel-pickup-order';
import { orderListWhere } from './list-admin-orders';
import type { OrderListQuery } from './order-list-query';

/** At most this many orders per click (the owner clicks again for more). */
export const BULK_CANCEL_MAX = 500;

/**
 * Orders that hold stock without having been paid: click & collect to be paid at the counter
 * and not yet picked up, and orders still waiting for a card payment.
 */
const UNPAID_HOLDING: Prisma.OrderWhereInput = {
  OR: [{ status: 'PENDING_PAYMENT' }, { status: 'PAY_AT_PICKUP', pickup: { status: { in: ['PENDING', 'PICKING', 'READY_FOR_PICKUP'] } } }],
};

export function unpaidOrdersWhere(query: OrderListQuery): Prisma.OrderWhereInput {
  return { AND: [orderListWhere(query), UNPAID_HOLDING] };
}

/** How many orders of the list's current filter cancelUnpaidOrders would call off. */
export async function countUnpaidOrders(query: OrderListQuery): Promise<number> {
  return prisma.order.count({ where: unpaidOrdersWhere(query) });
}

/**
 * The owner calls off, in one go, the unpaid orders in the order list's current filter (for
 * example the orders a script placed from one address): their holds are released, their pickups
 * cancelled. Paid orders are never touched (they need a refund, one by one). Nobody is e-mailed:
 * such orders' addresses are often made up, and the owner tells real customers themselves. Each
 * order in its own transaction, with an 'order.cancelled' audit entry marked bulk; an order that
 * moved on meanwhile (paid, picked up) is skipped. Owner only: the caller has checked. Returns
 * how many were cancelled and whether more remain beyond BULK_CANCEL_MAX.
 */
export async function cancelUnpaidOrders(query: OrderListQuery, actor: { id: string }): Promise<{ cancelled: number; more: boolean }> {
  const orders = await prisma.order.findMany({
    where: unpaidOrdersWhere(query),
    orderBy: { placedAt: 'asc' },
    take: BULK_CANCEL_MAX + 1,
    select: { id: true },
  });
  let cancelled = 0;
  for (const { id } of orders.slice(0, BULK_CANCEL_MAX)) {
    const done = await prisma.$transaction(async (tx) => {
      const order = await tx.order.findUnique({ where: { id }, select: { number: true, status: true } });
      if (!order) return false;
      let ok = false;
      if (order.status === 'PENDING_PAYMENT') {
        ok = await cancelPendingOrder(tx, { orderId: id, reason: 'owner', actorId: actor.id });
      } else if (order.status === 'PAY_AT_PICKUP') {
        ok = await cancelPickupOrder(tx, { orderId: id, actorId: actor.id, reason: 'owner' }).then(
          () => true,
          () => false,
        );
      }
      if (ok) {
        await recordAudit(tx, {
          actorId: actor.id,
          action: 'order.cancelled',
          entityType: 'order',
          entityId: id,
          data: { number: order.number, previousStatus: order.status, bulk: true },
        });
      }
      return ok;
    });
    if (done) cancelled += 1;
  }
  return { cancelled, more: orders.length > BULK_CANCEL_MAX };
}
