import 'server-only';
import { prisma } from '@/lib/db';
import { loadDeskReceiveView } from './desk-receive-view';

/**
 * An order by its number, for a walk-in return: the receive form, and the order's returns so far
 * (so staff notice one the shopper already registered). Null when there is none.
 */
export async function findDeskOrder(number: number) {
  const order = await prisma.order.findUnique({
    where: { number },
    select: { id: true, customerId: true, returns: { orderBy: { createdAt: 'asc' }, select: { number: true, status: true } } },
  });
  if (!order) return null;
  return { customerId: order.customerId, returns: order.returns, view: await loadDeskReceiveView(order.id) };
}
