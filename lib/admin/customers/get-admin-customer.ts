import 'server-only';
import { moneyState } from '@/lib/admin/orders/money-state';
import { prisma } from '@/lib/db';
import { customerOrdersWhere, customerRegistrationsWhere } from './customer-orders-where';

export type AdminCustomer = NonNullable<Awaited<ReturnType<typeof getAdminCustomer>>>;

/** A customer's page shows at most this many orders (newest first); the order list has the rest. */
export const CUSTOMER_PAGE_ORDERS = 100;

const person = { select: { id: true, name: true } } as const;

/**
 * Everything about one customer in one view: profile, orders in every channel (their guest
 * orders by e-mail too) with pickups, returns, event registrations, money spent (paid minus
 * refunded), last seen, and the shop's internal notes. Owner only. null for an unknown id.
 */
export async function getAdminCustomer(userId: string) {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, phone: true, role: true, locale: true, active: true, emailVerified: true, createdAt: true, lastSeenAt: true },
  });
  if (!user) return null;
  const ordersWhere = customerOrdersWhere(user);
  const [orders, orderCount, payments, refunds, returns, registrations, notes] = await Promise.all([
    prisma.order.findMany({
      where: ordersWhere,
      orderBy: { placedAt: 'desc' },
      take: CUSTOMER_PAGE_ORDERS,
      select: {
        id: true,
        number: true,
        placedAt: true,
        channel: true,
        fulfilment: true,
        status: true,
        returnStatus: true,
        totalCents: true,
        currency: true,
        customerId: true,
        pickupStore: { select: { name: true } },
        pickup: { select: { status: true, readyAt: true, deadlineAt: true, pickedUpAt: true } },
      },
    }),
    prisma.order.count({ where: ordersWhere }),
    prisma.payment.findMany({ where: { order: ordersWhere }, select: { status: true, amountCents: true } }),
    prisma.refund.findMany({ where: { order: ordersWhere }, select: { status: true, amountCents: true } }),
    prisma.return.findMany({
      where: { order: ordersWhere },
      orderBy: { createdAt: 'desc' },
      select: { id: true, number: true, status: true, method: true, refundTotalCents: true, createdAt: true, order: { select: { number: true } } },
    }),
    prisma.eventRegistration.findMany({
      where: customerRegistrationsWhere(user),
      orderBy: { createdAt: 'desc' },
      select: {
        id: true,
        seats: true,
        status: true,
        checkedInAt: true,
        createdAt: true,
        event: { select: { startsAt: true, store: { select: { name: true } }, contents: { select: { locale: true, title: true } } } },
      },
    }),
    prisma.customerNote.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, select: { id: true, text: true, forStaff: true, createdAt: true, author: person } }),
  ]);
  return {
    user,
    orders,
    orderCount,
    pickups: orders.filter((order) => order.pickup !== null),
    returns,
    registrations,
    notes,
    money: moneyState(payments, refunds),
  };
}
