import 'server-only';
import { prisma } from '@/lib/db';
import type { OrderStatus, PaymentProvider, PickupStatus } from '@/lib/generated/prisma/enums';
import { activeTotalCents } from '@/lib/orders/order-balance';

export type HandoverPickup = NonNullable<Awaited<ReturnType<typeof findHandoverPickup>>>;

/**
 * What the counter needs to hand one order over: who it is for, what to give (cancelled lines
 * left out), whether it is paid or what to charge, and the pickup's state. Only an order whose
 * pickup is at this store (the caller has checked that the staff member works there); null
 * otherwise.
 */
export async function findHandoverPickup(input: { storeId: string; number: number }) {
  const pickup = await prisma.pickup.findFirst({
    where: { storeId: input.storeId, order: { number: input.number } },
    select: {
      id: true,
      status: true,
      readyAt: true,
      deadlineAt: true,
      pickedUpAt: true,
      cancelledAt: true,
      lockedUntil: true,
      handedOverBy: { select: { name: true, email: true } },
      order: {
        select: {
          id: true,
          number: true,
          status: true,
          customerId: true,
          name: true,
          phone: true,
          email: true,
          totalCents: true,
          currency: true,
          lines: {
            orderBy: { name: 'asc' },
            select: { id: true, sku: true, name: true, variantLabel: true, quantity: true, lineTotalCents: true, cancelledAt: true },
          },
          payments: { where: { status: 'SUCCEEDED' }, orderBy: { createdAt: 'asc' }, take: 1, select: { provider: true } },
        },
      },
    },
  });
  if (!pickup) return null;
  const { order } = pickup;
  const total = activeTotalCents(order);
  const status: OrderStatus = order.status;
  const pickupStatus: PickupStatus = pickup.status;
  const paidWith: PaymentProvider | null = order.payments[0]?.provider ?? null;
  return {
    pickupId: pickup.id,
    orderId: order.id,
    number: order.number,
    status: pickupStatus,
    orderStatus: status,
    /** The customer's account, when the order has one (their card is shown at the counter). */
    customerId: order.customerId,
    name: order.name,
    phone: order.phone,
    email: order.email,
    currency: order.currency,
    lines: order.lines
      .filter((line) => !line.cancelledAt)
      .map((line) => ({ id: line.id, sku: line.sku, name: line.name, variantLabel: line.variantLabel, quantity: line.quantity, lineTotalCents: line.lineTotalCents })),
    cancelledLineCount: order.lines.filter((line) => line.cancelledAt).length,
    totalCents: total,
    /** What to take at the counter: the active total for pay-at-pickup, nothing when paid. */
    dueCents: status === 'PAY_AT_PICKUP' ? total : 0,
    paidWith,
    readyAt: pickup.readyAt,
    deadlineAt: pickup.deadlineAt,
    pickedUpAt: pickup.pickedUpAt,
    cancelledAt: pickup.cancelledAt,
    handedOverBy: pickup.handedOverBy ? (pickup.handedOverBy.name ?? pickup.handedOverBy.email) : null,
    lockedUntil: pickup.lockedUntil,
  };
}
