import 'server-only';
import { customerOrdersWhere } from '@/lib/admin/customers/customer-orders-where';
import type { OrderChannel } from '@/lib/generated/prisma/enums';
import type { Tx } from '@/lib/inventory/tx';

/** How many of the newest orders the card lists. */
export const CARD_RECENT_ORDERS = 5;

// Still to do: a pickup of an order that went ahead, not yet handed over, cancelled or expired;
// a return registered or received but not yet refunded.
const OPEN_PICKUP_STATUSES = ['PENDING', 'PICKING', 'READY_FOR_PICKUP'] as const;
const OPEN_PICKUP_ORDER_STATUSES = ['PAID', 'PAY_AT_PICKUP'] as const;
const OPEN_RETURN_STATUSES = ['REQUESTED', 'RECEIVED'] as const;
type OpenPickupStatus = (typeof OPEN_PICKUP_STATUSES)[number];
type OpenReturnStatus = (typeof OPEN_RETURN_STATUSES)[number];

/**
 * The customer's orders in every channel (web, counter, kiosk; their guest orders by e-mail
 * too, as on the owner's customer page), newest first, with what is still open: pickups waiting
 * at any store and returns not yet settled.
 */
export async function readCustomerActivity(tx: Tx, customer: { id: string; email: string }, storeId: string) {
  const orders = customerOrdersWhere(customer);
  const [recentOrders, byChannel, openPickups, openReturns] = await Promise.all([
    tx.order.findMany({
      where: orders,
      orderBy: { placedAt: 'desc' },
      take: CARD_RECENT_ORDERS,
      select: { number: true, placedAt: true, channel: true, status: true, returnStatus: true, totalCents: true, currency: true },
    }),
    tx.order.groupBy({ by: ['channel'], where: orders, _count: { _all: true } }),
    tx.pickup.findMany({
      where: { status: { in: [...OPEN_PICKUP_STATUSES] }, order: { AND: [orders, { status: { in: [...OPEN_PICKUP_ORDER_STATUSES] } }] } },
      orderBy: { createdAt: 'asc' },
      select: { status: true, deadlineAt: true, store: { select: { id: true, name: true } }, order: { select: { number: true } } },
    }),
    tx.return.findMany({
      where: { status: { in: [...OPEN_RETURN_STATUSES] }, order: orders },
      orderBy: { createdAt: 'asc' },
      select: { number: true, status: true, method: true, createdAt: true, order: { select: { number: true } }, requestedStore: { select: { name: true } } },
    }),
  ]);
  const orderCounts: Record<OrderChannel, number> = { WEB: 0, STORE: 0, KIOSK: 0 };
  for (const row of byChannel) orderCounts[row.channel] = row._count._all;
  return {
    recentOrders,
    orderCounts,
    openPickups: openPickups.map((pickup) => ({
      orderNumber: pickup.order.number,
      status: pickup.status as OpenPickupStatus, // as the query asked
      deadlineAt: pickup.deadlineAt,
      storeName: pickup.store.name,
      atThisStore: pickup.store.id === storeId,
    })),
    openReturns: openReturns.map((item) => ({
      number: item.number,
      orderNumber: item.order.number,
      status: item.status as OpenReturnStatus,
      method: item.method,
      createdAt: item.createdAt,
      requestedStoreName: item.requestedStore?.name ?? null,
    })),
  };
}
