import 'server-only';
import { prisma } from '@/lib/db';

/** A customer's own orders, newest first. Scoped to the customer: nobody sees another's orders. */
export function listCustomerOrders(customerId: string) {
  return prisma.order.findMany({
    where: { customerId },
    orderBy: { placedAt: 'desc' },
    select: { id: true, number: true, placedAt: true, status: true, fulfilment: true, totalCents: true, currency: true },
    take: 100,
  });
}
