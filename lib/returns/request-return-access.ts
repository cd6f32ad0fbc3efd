import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { hashToken } from '@/lib/auth/tokens';

export type ReturnViewer = {
  /** The signed-in user, if any: they may return goods from their own orders. */
  userId: string | null;
  /** The secret of the order's guest link (`?token=`). */
  token?: string | null;
};

/**
 * The same rule as the order's page (get-order-for-viewer.ts): the order's customer, or whoever
 * holds the order's secret link. (Coming back from Stripe's payment page is not enough here.)
 */
export function mayRequestReturn(order: { customerId: string | null; accessTokenHash: string | null }, viewer: ReturnViewer): boolean {
  if (viewer.userId !== null && order.customerId === viewer.userId) return true;
  if (!viewer.token || !order.accessTokenHash) return false;
  const candidate = hashToken(viewer.token);
  return candidate.length === order.accessTokenHash.length && timingSafeEqual(Buffer.from(candidate), Buffer.from(order.accessTokenHash));
}
