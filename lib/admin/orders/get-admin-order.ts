import 'server-only';
import { breakdown, SHIPPING_VAT_RATE_BP } from '@/lib/checkout/compute-quote';
import { prisma } from '@/lib/db';
import { cancelKind } from './cancel-kind';
import { moneyState } from './money-state';

export type AdminOrder = NonNullable<Awaited<ReturnType<typeof getAdminOrder>>>;

const person = { select: { id: true, name: true, email: true } } as const;

/**
 * Everything the owner sees about one order: contact, fulfilment, lines (cancelled ones too),
 * VAT per rate, payments and refunds, returns, the pickup, the timeline with who did what, and
 * the internal notes. Owner only: the caller has checked. null for an unknown number.
 */
export async function getAdminOrder(number: number) {
  const order = await prisma.order.findUnique({
    where: { number },
    select: {
      id: true,
      number: true,
      channel: true,
      fulfilment: true,
      status: true,
      returnStatus: true,
      customerId: true,
      customer: { select: { id: true, name: true, email: true, active: true } },
      email: true,
      name: true,
      phone: true,
      locale: true,
      shippingStreet: true,
      shippingPostalCode: true,
      shippingCity: true,
      shippingCountry: true,
      parcelLockerName: true,
      subtotalCents: true,
      shippingCents: true,
      vatCents: true,
      totalCents: true,
      currency: true,
      placedAt: true,
      paidAt: true,
      fulfilledAt: true,
      cancelledAt: true,
      pickupStore: { select: { id: true, name: true } },
      pickup: { select: { status: true, readyAt: true, deadlineAt: true, pickedUpAt: true, cancelledAt: true, handedOverBy: person } },
      lines: {
        orderBy: { name: 'asc' },
        select: { id: true, sku: true, name: true, variantLabel: true, quantity: true, unitPriceCents: true, vatRateBp: true, lineTotalCents: true, vatCents: true, cancelledAt: true, pickedAt: true },
      },
      payments: { orderBy: { createdAt: 'asc' }, select: { id: true, provider: true, status: true, amountCents: true, currency: true, createdAt: true } },
      refunds: {
        orderBy: { createdAt: 'asc' },
        select: { id: true, amountCents: true, currency: true, status: true, reason: true, failureReason: true, createdAt: true, returnId: true, actor: person },
      },
      returns: {
        orderBy: { createdAt: 'asc' },
        select: { id: true, number: true, status: true, refundTotalCents: true, createdAt: true, store: { select: { slug: true } }, requestedStore: { select: { slug: true } } },
      },
      events: { orderBy: { createdAt: 'asc' }, select: { id: true, type: true, data: true, createdAt: true, actor: person } },
      notes: { orderBy: { createdAt: 'asc' }, select: { id: true, text: true, createdAt: true, author: person } },
    },
  });
  if (!order) return null;
  const linesVat = order.lines.reduce((total, line) => total + line.vatCents, 0);
  const vatBreakdown = breakdown([
    ...order.lines.map((line) => ({ rateBp: line.vatRateBp, grossCents: line.lineTotalCents, vatCents: line.vatCents })),
    { rateBp: SHIPPING_VAT_RATE_BP, grossCents: order.shippingCents, vatCents: order.vatCents - linesVat },
  ]);
  return { ...order, vatBreakdown, money: moneyState(order.payments, order.refunds), cancelKind: cancelKind(order) };
}
