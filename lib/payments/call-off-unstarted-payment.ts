import 'server-only';
import { prisma } from '@/lib/db';
import { cancelPendingOrder } from '@/lib/orders/cancel-pending-order';

/**
 * Stripe could not start paying an order that was just placed (it could not be reached, or it
 * answered with errors): nobody was sent to pay it, so instead of waiting with its stock held it
 * is called off at once: CANCELLED, its hold released, its payment rows closed. Returns its lines,
 * to go back into the shopper's cart; none when the order was no longer waiting for payment.
 */
export async function callOffUnstartedPayment(orderId: string): Promise<{ variantId: string; quantity: number }[]> {
  return prisma.$transaction(async (tx) => {
    if (!(await cancelPendingOrder(tx, { orderId, reason: 'payment_unavailable' }))) return [];
    await tx.payment.updateMany({ where: { orderId, provider: 'STRIPE', status: 'PENDING' }, data: { status: 'CANCELLED' } });
    await tx.orderEvent.create({ data: { orderId, type: 'returned_to_cart' } });
    const lines = await tx.orderLine.findMany({ where: { orderId, variantId: { not: null } }, orderBy: { id: 'asc' } });
    return lines.map((line) => ({ variantId: line.variantId!, quantity: line.quantity }));
  });
}
