import 'server-only';
import { prisma } from '@/lib/db';
import { getShopSettings } from '@/lib/settings/get-shop-settings';
import { getReturnAddress } from './get-return-address';
import { mayRequestReturn, type ReturnViewer } from './request-return-access';

export type ReturnForViewer = NonNullable<Awaited<ReturnType<typeof getReturnForViewer>>>;

/**
 * One return of one order, for its confirmation page: the number (for the QR), status, lines and
 * where the goods go. Only for the order's customer or a holder of the order's link; null for
 * anyone else, and when the return does not belong to that order.
 */
export async function getReturnForViewer(orderNumber: number, returnNumber: number, viewer: ReturnViewer) {
  if (![orderNumber, returnNumber].every((n) => Number.isSafeInteger(n) && n >= 1 && n <= 2_147_483_647)) return null;
  const found = await prisma.return.findUnique({
    where: { number: returnNumber },
    select: {
      number: true,
      status: true,
      method: true,
      reason: true,
      createdAt: true,
      order: { select: { number: true, customerId: true, accessTokenHash: true, accessLinkExpiresAt: true } },
      requestedStore: {
        select: {
          name: true,
          street: true,
          postalCode: true,
          city: true,
          phone: true,
          openingHours: { orderBy: { weekday: 'asc' }, select: { weekday: true, opensAt: true, closesAt: true } },
        },
      },
      lines: {
        orderBy: { orderLine: { name: 'asc' } },
        select: { quantity: true, orderLine: { select: { id: true, name: true, variantLabel: true } } },
      },
    },
  });
  if (!found || found.order.number !== orderNumber || !mayRequestReturn(found.order, viewer)) return null;
  const { order, lines, ...rest } = found;
  return {
    ...rest,
    orderNumber: order.number,
    lines: lines.map((line) => ({ orderLineId: line.orderLine.id, name: line.orderLine.name, variantLabel: line.orderLine.variantLabel, quantity: line.quantity })),
    mailAddress: rest.method === 'MAIL' ? await getReturnAddress() : null,
    contactEmail: (await getShopSettings()).contact.email,
  };
}
