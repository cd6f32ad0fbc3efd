import 'server-only';
import { prisma } from '@/lib/db';

/**
 * The customer's first fulfilled order (any channel: web delivery, pickup, counter sale) with a
 * line of the product, not cancelled: what makes them a verified buyer of it. Null when none.
 */
export async function findVerifyingOrder(userId: string, productId: string): Promise<{ id: string } | null> {
  return prisma.order.findFirst({
    where: { customerId: userId, status: 'FULFILLED', lines: { some: { productId, cancelledAt: null } } },
    orderBy: { fulfilledAt: 'asc' },
    select: { id: true },
  });
}
