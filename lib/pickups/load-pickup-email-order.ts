import 'server-only';
import { currentOrderLink } from '@/lib/orders/order-link-token';
import { AppError } from '@/lib/errors';
import type { Tx } from '@/lib/inventory/tx';
import { activeTotalCents } from '@/lib/orders/order-balance';
import { orderUrl } from '@/lib/orders/order-url';

export type PickupEmailOrder = Awaited<ReturnType<typeof loadPickupEmailOrder>>;

/**
 * What the pickup e-mails tell about an order (in its language), read in the caller's
 * transaction, with a fresh link to the order's page: only the hash of a link's secret is kept,
 * so a new secret is made and replaces the order's earlier one (the newest e-mail's link works).
 */
export async function loadPickupEmailOrder(tx: Tx, orderId: string) {
  const order = await tx.order.findUnique({
    where: { id: orderId },
    select: {
      number: true,
      email: true,
      name: true,
      locale: true,
      currency: true,
      status: true,
      totalCents: true,
      lines: { select: { lineTotalCents: true, cancelledAt: true } },
      pickupStore: {
        select: {
          name: true,
          street: true,
          postalCode: true,
          city: true,
          phone: true,
          openingHours: { orderBy: { weekday: 'asc' }, select: { weekday: true, opensAt: true, closesAt: true } },
        },
      },
    },
  });
  if (!order?.pickupStore) throw new AppError('NOT_FOUND');
  const token = await currentOrderLink(tx, orderId);
  const { pickupStore, ...rest } = order;
  return { ...rest, store: pickupStore, activeTotalCents: activeTotalCents(order), url: orderUrl(order.number, token, order.locale) };
}
