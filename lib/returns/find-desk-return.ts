import 'server-only';
import { prisma } from '@/lib/db';
import { loadDeskReceiveView } from './desk-receive-view';

export type DeskReturn = NonNullable<Awaited<ReturnType<typeof findDeskReturn>>>;

/**
 * A return by its number, for the desk: while REQUESTED, the form to receive it; afterwards,
 * what was taken back, where and by whom, and how its refund went. Null when there is none.
 */
export async function findDeskReturn(number: number) {
  const found = await prisma.return.findUnique({
    where: { number },
    select: {
      id: true,
      number: true,
      orderId: true,
      status: true,
      method: true,
      reason: true,
      createdAt: true,
      receivedAt: true,
      refundTotalCents: true,
      windowOverrideReason: true,
      order: { select: { number: true, name: true, email: true, currency: true, customerId: true } },
      requestedStore: { select: { name: true } },
      store: { select: { id: true, name: true } },
      receivedBy: { select: { name: true, email: true } },
      lines: { select: { orderLineId: true, quantity: true, condition: true, restock: true, orderLine: { select: { name: true, variantLabel: true, unitPriceCents: true } } } },
      refunds: {
        orderBy: { createdAt: 'asc' },
        select: { id: true, amountCents: true, status: true, failureReason: true, payment: { select: { provider: true } } },
      },
    },
  });
  if (!found) return null;
  const view = found.status === 'REQUESTED' ? await loadDeskReceiveView(found.orderId, found.id) : null;
  return { ...found, view };
}
