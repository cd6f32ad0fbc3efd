import 'server-only';
import { prisma } from '@/lib/db';
import { verifyCheckoutSessionForOrder } from '@/lib/payments/order-for-checkout-session';
import { loadOrderDetails, type OrderDetails } from './load-order-details';
import { orderLinkOpens } from './order-link-token';

export type OrderViewer = {
  /** The signed-in user, if any: they see their own orders. */
  userId: string | null;
  /** The secret of a guest link (`?token=`). */
  token?: string | null;
  /** Stripe's Checkout Session id in the return address after paying (`?session_id=`). */
  checkoutSessionId?: string | null;
};

/**
 * One order, for whoever may see it: its customer, or someone with the order's current link, or
 * the browser coming back from paying for it. Anyone else gets null, the same as for an order
 * that does not exist (the page answers 404 and so reveals nothing).
 */
export async function getOrderForViewer(number: number, viewer: OrderViewer): Promise<OrderDetails | null> {
  if (!Number.isSafeInteger(number) || number < 1 || number > 2_147_483_647) return null;
  const order = await prisma.order.findUnique({ where: { number }, select: { id: true, customerId: true, accessTokenHash: true, accessLinkExpiresAt: true } });
  if (!order) return null;
  const allowed =
    (viewer.userId !== null && order.customerId === viewer.userId) ||
    orderLinkOpens(order, viewer.token) ||
    (Boolean(viewer.checkoutSessionId) && (await verifyCheckoutSessionForOrder(viewer.checkoutSessionId!, order.id)));
  return allowed ? loadOrderDetails(order.id) : null;
}
