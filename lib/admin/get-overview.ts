import 'server-only';
import { prisma } from '@/lib/db';

/** Counts for the back office's front page. */
export async function getAdminOverview() {
  const [products, customers, openOrders, stores, outboxFailed] = await Promise.all([
    prisma.product.count({ where: { status: 'ACTIVE' } }),
    prisma.user.count({ where: { role: 'CUSTOMER' } }),
    prisma.order.count({ where: { status: { in: ['PAID', 'PAY_AT_PICKUP'] } } }),
    prisma.store.count(),
    prisma.outboxMessage.count({ where: { status: 'FAILED' } }),
  ]);
  return { products, customers, openOrders, stores, outboxFailed };
}
