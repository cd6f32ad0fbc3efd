import 'server-only';
import { AppError } from '@/lib/errors';
import type { Tx } from '@/lib/inventory/tx';
import { getShopSettings } from '@/lib/settings/get-shop-settings';
import { returnRefusal, returnWindow } from './return-window';

export type ReturnableLines = Awaited<ReturnType<typeof loadReturnableLines>>;
export type ReturnableLine = ReturnableLines['lines'][number];

/**
 * What of one order can still be returned, line by line, whether the return window is open, and
 * if nothing can be returned now, why (`refusal`).
 * No access check here: callers decide who may see the order. Pass the transaction's client when
 * the order is locked, so the quantities cannot change underneath.
 *
 * - returnedQuantity: in returns the shop has received (RECEIVED or REFUNDED);
 * - requestedQuantity: in returns the shopper announced but the shop has not received (REQUESTED);
 * - returnableQuantity: bought − returned; 0 for cancelled and final-sale lines, and for every
 *   line of an order the shopper never got (a pickup not handed over, a cancelled order).
 *   It ignores the window (the owner may override it); check `withinWindow` separately.
 *
 * Throws AppError('NOT_FOUND') when the order does not exist.
 */
export async function loadReturnableLines(db: Tx, orderId: string, now: Date = new Date()) {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      status: true,
      fulfilment: true,
      fulfilledAt: true,
      paidAt: true,
      returnStatus: true,
      pickupStoreId: true,
      lines: {
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          name: true,
          variantLabel: true,
          sku: true,
          quantity: true,
          unitPriceCents: true,
          vatRateBp: true,
          finalSale: true,
          cancelledAt: true,
          returnLines: { select: { quantity: true, return: { select: { status: true } } } },
        },
      },
    },
  });
  if (!order) throw new AppError('NOT_FOUND');
  const settings = await getShopSettings(db);
  const window = returnWindow(order, settings.returnWindowDays, now);
  const { lines, ...orderFields } = order;
  return {
    order: orderFields,
    windowEndsAt: window.endsAt,
    withinWindow: window.withinWindow,
    /** Why nothing can be returned now; null while the window is open. */
    refusal: returnRefusal(order, window),
    lines: lines.map((line) => {
      const returnedQuantity = sumWhere(line.returnLines, (status) => status === 'RECEIVED' || status === 'REFUNDED');
      const requestedQuantity = sumWhere(line.returnLines, (status) => status === 'REQUESTED');
      const cancelled = line.cancelledAt !== null;
      const returnable = window.startsAt !== null && !cancelled && !line.finalSale;
      return {
        orderLineId: line.id,
        name: line.name,
        variantLabel: line.variantLabel,
        sku: line.sku,
        quantity: line.quantity,
        unitPriceCents: line.unitPriceCents,
        vatRateBp: line.vatRateBp,
        finalSale: line.finalSale,
        cancelled,
        returnedQuantity,
        requestedQuantity,
        returnableQuantity: returnable ? Math.max(0, line.quantity - returnedQuantity) : 0,
      };
    }),
  };
}

function sumWhere(rows: readonly { quantity: number; return: { status: string } }[], counts: (status: string) => boolean): number {
  return rows.reduce((total, row) => total + (counts(row.return.status) ? row.quantity : 0), 0);
}
