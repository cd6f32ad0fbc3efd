import 'server-only';
import { breakdown, SHIPPING_VAT_RATE_BP, type VatRow } from '@/lib/checkout/compute-quote';
import { prisma } from '@/lib/db';
import type { Tx } from '@/lib/inventory/tx';

export type OrderDetails = NonNullable<Awaited<ReturnType<typeof loadOrderDetails>>>;

/**
 * Everything shown about one order (confirmation page, account, e-mail): lines, money with VAT
 * per rate, fulfilment, the pickup store with its opening hours, and the timeline. No access
 * check here: callers decide who may see it (see get-order-for-viewer.ts).
 */
export async function loadOrderDetails(orderId: string, db: Pick<Tx, 'order'> = prisma) {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      status: true,
      fulfilment: true,
      locale: true,
      customerId: true,
      email: true,
      name: true,
      phone: true,
      placedAt: true,
      confirmedAt: true,
      paidAt: true,
      shippingStreet: true,
      shippingPostalCode: true,
      shippingCity: true,
      parcelLockerName: true,
      subtotalCents: true,
      shippingCents: true,
      vatCents: true,
      totalCents: true,
      currency: true,
      pickupStore: {
        select: {
          id: true,
          name: true,
          street: true,
          postalCode: true,
          city: true,
          phone: true,
          pickupDeadlineDays: true,
          openingHours: { orderBy: { weekday: 'asc' }, select: { weekday: true, opensAt: true, closesAt: true } },
        },
      },
      lines: {
        orderBy: { name: 'asc' },
        select: {
          id: true,
          productId: true,
          sku: true,
          name: true,
          variantLabel: true,
          quantity: true,
          unitPriceCents: true,
          vatRateBp: true,
          lineTotalCents: true,
          vatCents: true,
        },
      },
      events: { orderBy: { createdAt: 'asc' }, select: { id: true, type: true, createdAt: true } },
      reservations: { where: { status: 'ACTIVE' }, orderBy: { expiresAt: 'asc' }, take: 1, select: { expiresAt: true } },
      stockTransfers: { where: { status: { in: ['REQUESTED', 'IN_TRANSIT'] } }, select: { id: true } },
    },
  });
  if (!order) return null;
  const { reservations, stockTransfers, ...rest } = order;
  const linesVat = order.lines.reduce((total, line) => total + line.vatCents, 0);
  const vatBreakdown: VatRow[] = breakdown([
    ...order.lines.map((line) => ({ rateBp: line.vatRateBp, grossCents: line.lineTotalCents, vatCents: line.vatCents })),
    { rateBp: SHIPPING_VAT_RATE_BP, grossCents: order.shippingCents, vatCents: order.vatCents - linesVat },
  ]);
  return {
    ...rest,
    vatBreakdown,
    /** While the order waits for payment: when its stock hold ends. */
    holdExpiresAt: reservations[0]?.expiresAt ?? null,
    /** Some goods are on their way to the pickup store. */
    awaitingTransfer: stockTransfers.length > 0,
  };
}
