import 'server-only';
import { prisma } from '@/lib/db';
import type { PaymentProvider } from '@/lib/generated/prisma/client';
import { loadReturnableLines } from './returnable-lines';

export type DeskReceiveView = Awaited<ReturnType<typeof loadDeskReceiveView>>;
export type DeskReceiveLine = DeskReceiveView['lines'][number];

/**
 * What the desk shows before taking goods back from one order: the customer, the return window,
 * each line with what can still be returned and the quantity to pre-fill (what the shopper
 * announced in the registered return, else 0), and what was paid and refunded so far (for the
 * refund shown while staff fill in the form; the server computes it again when receiving).
 */
export async function loadDeskReceiveView(orderId: string, registeredReturnId?: string) {
  const [returnable, order, announced] = await Promise.all([
    loadReturnableLines(prisma, orderId),
    prisma.order.findUniqueOrThrow({
      where: { id: orderId },
      select: {
        name: true,
        email: true,
        phone: true,
        placedAt: true,
        currency: true,
        shippingCents: true,
        pickupStore: { select: { name: true } },
        payments: { where: { status: 'SUCCEEDED' }, orderBy: { createdAt: 'asc' }, select: { amountCents: true, provider: true } },
        refunds: { where: { status: { not: 'FAILED' } }, select: { amountCents: true } },
      },
    }),
    registeredReturnId ? prisma.returnLine.findMany({ where: { returnId: registeredReturnId }, select: { orderLineId: true, quantity: true } }) : [],
  ]);
  const paymentProvider: PaymentProvider | null = order.payments[0]?.provider ?? null;
  return {
    orderId,
    orderNumber: returnable.order.number,
    customer: { name: order.name, email: order.email, phone: order.phone },
    placedAt: order.placedAt,
    pickupStoreName: order.pickupStore?.name ?? null,
    currency: order.currency,
    shippingCents: order.shippingCents,
    paidCents: sum(order.payments),
    refundedCents: sum(order.refunds),
    paymentProvider,
    windowEndsAt: returnable.windowEndsAt,
    withinWindow: returnable.withinWindow,
    refusal: returnable.refusal,
    lines: returnable.lines.map((line) => {
      const requested = announced.find((row) => row.orderLineId === line.orderLineId)?.quantity ?? 0;
      return { ...line, prefill: Math.min(requested, line.returnableQuantity) };
    }),
  };
}

function sum(rows: readonly { amountCents: number }[]): number {
  return rows.reduce((total, row) => total + row.amountCents, 0);
}
