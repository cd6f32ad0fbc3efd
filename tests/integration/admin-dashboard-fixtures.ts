// Orders with exact timestamps for the dashboard tests: written straight to the database, because
// what matters is when things happened (paid, refunded, placed), not how.
import { prisma } from '@/lib/db';
import type { FulfilmentType, OrderChannel, OrderStatus, PaymentProvider, PaymentStatus, PickupStatus, RefundStatus } from '@/lib/generated/prisma/enums';

let sequence = 0;

export type FixtureLine = { productId: string; variantId: string; quantity: number; unitPriceCents: number; cancelled?: boolean };

export type FixtureOrder = {
  channel?: OrderChannel;
  fulfilment: FulfilmentType;
  status: OrderStatus;
  placedAt: string;
  paidAt?: string;
  pickupStoreId?: string;
  lines: FixtureLine[];
  payments?: { provider: PaymentProvider; amountCents: number; status?: PaymentStatus }[];
  pickup?: { status: PickupStatus; deadlineAt?: string };
};

/** An order with its lines, payments and (for pickups) pickup; totals from the lines. */
export async function createFixtureOrder(input: FixtureOrder) {
  sequence += 1;
  const subtotal = input.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
  const order = await prisma.order.create({
    data: {
      channel: input.channel ?? 'WEB',
      fulfilment: input.fulfilment,
      status: input.status,
      email: `dashboard-${process.pid}-${sequence}@example.com`,
      name: `Dashboard ${sequence}`,
      pickupStoreId: input.pickupStoreId ?? null,
      subtotalCents: subtotal,
      vatCents: 0,
      totalCents: subtotal,
      placedAt: new Date(input.placedAt),
      paidAt: input.paidAt ? new Date(input.paidAt) : null,
      lines: {
        create: input.lines.map((line) => ({
          productId: line.productId,
          variantId: line.variantId,
          sku: `SKU-${line.variantId.slice(0, 8)}`,
          name: 'Snapshot name',
          quantity: line.quantity,
          unitPriceCents: line.unitPriceCents,
          vatRateBp: 2550,
          lineTotalCents: line.quantity * line.unitPriceCents,
          vatCents: 0,
          cancelledAt: line.cancelled ? new Date(input.placedAt) : null,
        })),
      },
      payments: {
        create: (input.payments ?? []).map((payment) => ({
          provider: payment.provider,
          amountCents: payment.amountCents,
          status: payment.status ?? 'SUCCEEDED',
          createdAt: new Date(input.paidAt ?? input.placedAt),
        })),
      },
      pickup:
        input.pickup && input.pickupStoreId
          ? {
              create: {
                storeId: input.pickupStoreId,
                status: input.pickup.status,
                deadlineAt: input.pickup.deadlineAt ? new Date(input.pickup.deadlineAt) : null,
                readyAt: input.pickup.deadlineAt ? new Date(input.placedAt) : null,
              },
            }
          : undefined,
    },
    include: { payments: true },
  });
  return order;
}

/** A refund of the order's first payment, created at `createdAt`. */
export async function createFixtureRefund(
  order: { id: string; payments: { id: string }[] },
  amountCents: number,
  createdAt: string,
  options: { status?: RefundStatus; returnId?: string } = {},
) {
  sequence += 1;
  return prisma.refund.create({
    data: {
      paymentId: order.payments[0].id,
      orderId: order.id,
      amountCents,
      status: options.status ?? 'SUCCEEDED',
      returnId: options.returnId ?? null,
      idempotencyKey: `dashboard-refund-${process.pid}-${sequence}`,
      reason: 'test',
      createdAt: new Date(createdAt),
    },
  });
}
