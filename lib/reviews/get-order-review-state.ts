import 'server-only';
import { prisma } from '@/lib/db';
import type { ReviewStatus } from '@/lib/generated/prisma/client';

export type OrderLineReviewState =
  | { kind: 'canWrite' }
  | { kind: 'written'; rating: number; status: ReviewStatus };

/**
 * For the customer's own order page: for each product of the order, whether they may write a
 * review of it (the order is theirs and fulfilled) or have already written one. Products they
 * may not review are left out, so no form is shown for them.
 */
export async function getOrderReviewState(orderId: string, userId: string): Promise<Record<string, OrderLineReviewState>> {
  const order = await prisma.order.findFirst({
    where: { id: orderId, customerId: userId, status: 'FULFILLED' },
    select: { lines: { where: { cancelledAt: null, productId: { not: null } }, select: { productId: true } } },
  });
  if (!order) return {};
  const productIds = [...new Set(order.lines.map((l) => l.productId as string))];
  const written = await prisma.review.findMany({
    where: { userId, productId: { in: productIds } },
    select: { productId: true, rating: true, status: true },
  });
  const state: Record<string, OrderLineReviewState> = {};
  for (const id of productIds) state[id] = { kind: 'canWrite' };
  for (const review of written) state[review.productId] = { kind: 'written', rating: review.rating, status: review.status };
  return state;
}
