import 'server-only';
import { prisma } from '@/lib/db';
import { lockOrder } from '@/lib/inventory/lock-order';
import { cancelPendingOrder } from '@/lib/orders/cancel-pending-order';
import { isValidCheckoutCancelToken } from './checkout-cancel-token';
import { idempotencyKeys, isStripeInvalidRequest, stripe } from './stripe';
import { isUuid } from '@/lib/validation/uuid';

export type CancelCheckoutResult = {
  /**
   * cancelled: the order was waiting for payment and is now cancelled (or had already been
   * cancelled or had expired); paid: the payment went through after all; invalid: a link that
   * is not ours.
   */
  outcome: 'cancelled' | 'paid' | 'invalid';
  /** Lines to put back into the shopper's cart: given once per order, then empty. */
  returnToCart: { variantId: string; quantity: number }[];
};


/**
 * The shopper left Stripe's payment page with "back": the order they were paying is called
 * off. Its Checkout Sessions are expired at Stripe first, so it cannot be paid later; a session
 * that was paid meanwhile wins (the order stays, the webhook finishes it). Then the held stock
 * is released and the order CANCELLED. The link's token proves it came from our session.
 */
export async function cancelCheckout(input: { orderId: string; token: string }): Promise<CancelCheckoutResult> {
  const none = { returnToCart: [] };
  if (!isUuid(input.orderId) || !isValidCheckoutCancelToken(input.orderId, input.token)) return { outcome: 'invalid', ...none };
  const order = await prisma.order.findUnique({ where: { id: input.orderId }, select: { id: true, status: true } });
  if (!order) return { outcome: 'invalid', ...none };
  if (order.status !== 'PENDING_PAYMENT' && order.status !== 'CANCELLED' && order.status !== 'EXPIRED') return { outcome: 'paid', ...none };

  if (order.status === 'PENDING_PAYMENT' && (await closeSessions(order.id)) === 'paid') return { outcome: 'paid', ...none };

  return prisma.$transaction(async (tx) => {
    await lockOrder(tx, order.id);
    await cancelPendingOrder(tx, { orderId: order.id, reason: 'payment_cancelled' });
    await tx.payment.updateMany({ where: { orderId: order.id, provider: 'STRIPE', status: 'PENDING' }, data: { status: 'CANCELLED' } });
    const current = await tx.order.findUniqueOrThrow({ where: { id: order.id }, select: { status: true } });
    if (current.status !== 'CANCELLED' && current.status !== 'EXPIRED') return { outcome: 'paid' as const, ...none };
    const returned = await tx.orderEvent.findFirst({ where: { orderId: order.id, type: 'returned_to_cart' }, select: { id: true } });
    if (returned) return { outcome: 'cancelled' as const, ...none };
    await tx.orderEvent.create({ data: { orderId: order.id, type: 'returned_to_cart' } });
    const lines = await tx.orderLine.findMany({ where: { orderId: order.id, variantId: { not: null } }, orderBy: { id: 'asc' } });
    return {
      outcome: 'cancelled' as const,
      returnToCart: lines.map((line) => ({ variantId: line.variantId!, quantity: line.quantity })),
    };
  });
}

/** Expires the order's open Checkout Sessions; 'paid' when one of them has been paid. */
async function closeSessions(orderId: string): Promise<'closed' | 'paid'> {
  const payments = await prisma.payment.findMany({
    where: { orderId, provider: 'STRIPE', status: 'PENDING', providerRef: { not: null } },
    select: { providerRef: true },
  });
  for (const { providerRef } of payments) {
    const sessionId = providerRef!;
    let session = await stripe().checkout.sessions.retrieve(sessionId);
    if (session.status === 'open') {
      try {
        session = await stripe().checkout.sessions.expire(sessionId, {}, { idempotencyKey: idempotencyKeys.expireSession(sessionId) });
      } catch (error) {
        // Completed a moment ago (no longer open): read what it is now.
        if (!isStripeInvalidRequest(error)) throw error;
        session = await stripe().checkout.sessions.retrieve(sessionId);
      }
    }
    if (session.status === 'complete') return 'paid';
  }
  return 'closed';
}
