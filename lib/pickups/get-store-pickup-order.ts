import 'server-only';
import { prisma } from '@/lib/db';
import { activeTotalCents } from '@/lib/orders/order-balance';
import { isOpenPickupOrder } from './lock-store-pickup';
import { promisedAt, transferInTransit } from './promised-at';

export type StorePickupOrder = NonNullable<Awaited<ReturnType<typeof getStorePickupOrder>>>;

/**
 * One order of this store's pickup queue, for the pick page: customer, lines, transfers, money
 * and what staff can do next. Null when the number is unknown or the order is picked up at
 * another store (the page answers 404).
 */
export async function getStorePickupOrder(storeId: string, number: number, now: Date = new Date()) {
  if (!Number.isSafeInteger(number) || number < 1 || number > 2_147_483_647) return null;
  const pickup = await prisma.pickup.findFirst({
    where: { storeId, order: { number } },
    select: {
      status: true,
      readyAt: true,
      deadlineAt: true,
      pickedUpAt: true,
      cancelledAt: true,
      store: { select: { preparationMinutes: true } },
      order: {
        select: {
          id: true,
          number: true,
          status: true,
          name: true,
          email: true,
          phone: true,
          placedAt: true,
          totalCents: true,
          currency: true,
          lines: {
            orderBy: [{ name: 'asc' }, { sku: 'asc' }],
            select: { id: true, sku: true, name: true, variantLabel: true, quantity: true, lineTotalCents: true, pickedAt: true, cancelledAt: true },
          },
          stockTransfers: {
            orderBy: { createdAt: 'asc' },
            select: { id: true, status: true, receivedAt: true, fromStore: { select: { name: true } }, lines: { select: { quantity: true } } },
          },
          refunds: { select: { amountCents: true, status: true } },
        },
      },
    },
  });
  if (!pickup) return null;
  const { order } = pickup;
  const activeLines = order.lines.filter((line) => !line.cancelledAt);
  const inTransit = transferInTransit(order.stockTransfers);
  const open = isOpenPickupOrder(order.status);
  const picking = open && (pickup.status === 'PENDING' || pickup.status === 'PICKING');
  const overdue = pickup.status === 'READY_FOR_PICKUP' && pickup.deadlineAt !== null && pickup.deadlineAt <= now;
  return {
    ...order,
    pickup: { status: pickup.status, readyAt: pickup.readyAt, deadlineAt: pickup.deadlineAt, pickedUpAt: pickup.pickedUpAt, cancelledAt: pickup.cancelledAt },
    promisedAt: promisedAt({ placedAt: order.placedAt, preparationMinutes: pickup.store.preparationMinutes, transfers: order.stockTransfers }),
    activeTotalCents: activeTotalCents(order),
    refundedCents: order.refunds.filter((refund) => refund.status !== 'FAILED').reduce((sum, refund) => sum + refund.amountCents, 0),
    inTransit,
    overdue,
    can: {
      pick: picking,
      markReady: picking && !inTransit && activeLines.length > 0 && activeLines.every((line) => line.pickedAt),
      cancelOrder: open && (picking || (pickup.status === 'READY_FOR_PICKUP' && !overdue)),
      cancelUncollected: open && overdue,
    },
  };
}
