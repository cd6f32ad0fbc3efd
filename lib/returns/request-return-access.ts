import 'server-only';
import { orderLinkOpens } from '@/lib/orders/order-link-token';

export type ReturnViewer = {
  /** The signed-in user, if any: they may return goods from their own orders. */
  userId: string | null;
  /** The secret of the order's guest link (`?token=`). */
  token?: string | null;
};

/**
 * The same rule as the order's page (get-order-for-viewer.ts): the order's customer, or whoever
 * holds the order's current link. (Coming back from Stripe's payment page is not enough here.)
 */
export function mayRequestReturn(
  order: { customerId: string | null; accessTokenHash: string | null; accessLinkExpiresAt: Date | null },
  viewer: ReturnViewer,
): boolean {
  if (viewer.userId !== null && order.customerId === viewer.userId) return true;
  return orderLinkOpens(order, viewer.token);
}
