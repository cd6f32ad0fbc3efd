import 'server-only';
import { prisma } from '@/lib/db';
import type { Tx } from '@/lib/inventory/tx';

export type OrderReturn = Awaited<ReturnType<typeof listOrderReturns>>[number];

/**
 * An order's returns, oldest first, as the shopper sees them: number, status, how and where, the
 * lines, and what has been refunded for it so far. No access check here: callers have already
 * decided the viewer may see the order (get-order-for-viewer.ts). Cancelled returns are left out.
 */
export async function listOrderReturns(orderId: string, db: Pick<Tx, 'return'> = prisma) {
  const rows = await db.return.findMany({
    where: { orderId, status: { not: 'CANCELLED' } },
    orderBy: { number: 'asc' },
    select: {
      id: true,
      number: true,
      status: true,
      method: true,
      reason: true,
      createdAt: true,
      refundTotalCents: true,
      requestedStore: { select: { id: true, name: true, street: true, postalCode: true, city: true } },
      store: { select: { name: true } },
      lines: {
        orderBy: { orderLine: { name: 'asc' } },
        select: { quantity: true, orderLine: { select: { id: true, name: true, variantLabel: true, sku: true } } },
      },
      refunds: { where: { status: 'SUCCEEDED' }, select: { amountCents: true } },
    },
  });
  return rows.map(({ refunds, lines, ...rest }) => ({
    ...rest,
    lines: lines.map((line) => ({ orderLineId: line.orderLine.id, name: line.orderLine.name, variantLabel: line.orderLine.variantLabel, sku: line.orderLine.sku, quantity: line.quantity })),
    /** Money actually given back for this return (succeeded refunds). */
    refundedCents: refunds.reduce((total, refund) => total + refund.amountCents, 0),
  }));
}
