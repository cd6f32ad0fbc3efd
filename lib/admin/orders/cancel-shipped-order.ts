import 'server-only';
import { AppError } from '@/lib/errors';
import { returnToShelf } from '@/lib/inventory/return-to-shelf';
import type { Tx } from '@/lib/inventory/tx';
import { recordRefund } from '@/lib/payments/record-refund';

type SoldRow = { variant_id: string; store_id: string; quantity: number };

/**
 * Calls off a paid delivery or parcel-locker order that has not been sent, inside the caller's
 * transaction with the order locked: the order is CANCELLED, the goods go back on the shelf
 * where they were sold (a RETURN movement per SALE location), and whatever is still paid is
 * refunded (one refund per order: its key is the order's). Returns the refund's id, or null.
 */
export async function cancelShippedOrder(tx: Tx, input: { orderId: string; actorId: string }): Promise<string | null> {
  const now = new Date();
  const { count } = await tx.order.updateMany({
    where: { id: input.orderId, status: 'PAID', fulfilment: { in: ['DELIVERY', 'PARCEL_LOCKER'] } },
    data: { status: 'CANCELLED', cancelledAt: now },
  });
  if (count === 0) throw new AppError('VALIDATION', 'adminOrders.errors.cannotCancel');

  const sold = await tx.$queryRaw<SoldRow[]>`
    SELECT variant_id, store_id, (-SUM(on_hand_delta))::int AS quantity
      FROM stock_movements
     WHERE order_id = ${input.orderId}::uuid AND type IN ('SALE', 'RETURN')
     GROUP BY variant_id, store_id
    HAVING -SUM(on_hand_delta) > 0
`;
  await returnToShelf(
    tx,
    sold.map((row) => ({ variantId: row.variant_id, storeId: row.store_id, quantity: row.quantity })),
    { orderId: input.orderId, reason: 'order cancelled by the shop', actorId: input.actorId },
  );

  const [paid, refunded] = await Promise.all([
    tx.payment.aggregate({ where: { orderId: input.orderId, status: 'SUCCEEDED' }, _sum: { amountCents: true } }),
    tx.refund.aggregate({ where: { orderId: input.orderId, status: { not: 'FAILED' } }, _sum: { amountCents: true } }),
  ]);
  const stillPaid = (paid._sum.amountCents ?? 0) - (refunded._sum.amountCents ?? 0);
  const refund =
    stillPaid > 0
      ? await recordRefund(tx, { orderId: input.orderId, amountCents: stillPaid, idempotencyKey: `refund-owner-cancel-${input.orderId}`, reason: 'order_cancelled_by_shop', actorId: input.actorId })
      : null;
  await tx.orderEvent.create({
    data: { orderId: input.orderId, type: 'cancelled', actorId: input.actorId, data: { reason: 'owner', refundId: refund?.id ?? null }, createdAt: now },
  });
  return refund?.id ?? null;
}
