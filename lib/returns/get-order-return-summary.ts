import 'server-only';
import { prisma } from '@/lib/db';
import { listOrderReturns } from './list-order-returns';
import { loadReturnableLines } from './returnable-lines';

export type OrderReturnSummary = Awaited<ReturnType<typeof getOrderReturnSummary>>;

/**
 * The returns part of an order's page: the order's return status, its returns, and whether the
 * shopper can start a (further) return now and until when. No access check here: the page has
 * already decided the viewer may see the order.
 */
export async function getOrderReturnSummary(orderId: string, now: Date = new Date()) {
  const [returnable, returns] = await Promise.all([loadReturnableLines(prisma, orderId, now), listOrderReturns(orderId)]);
  return {
    returnStatus: returnable.order.returnStatus,
    windowEndsAt: returnable.windowEndsAt,
    canRequest: returnable.withinWindow && returnable.lines.some((line) => line.returnableQuantity - line.requestedQuantity > 0),
    returns,
  };
}
