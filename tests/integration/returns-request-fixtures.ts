// Orders in the states a return cares about, written straight to the database (how they got
// there is checkout's and the pickup desk's business, tested elsewhere).
import { isAppError } from '@/lib/errors';
import { newLinkToken } from '@/lib/auth/tokens';
import { prisma } from '@/lib/db';
import type { FulfilmentType, OrderStatus, ReturnStatus } from '@/lib/generated/prisma/enums';

const DAY = 24 * 60 * 60 * 1000;
export const daysAgo = (days: number, now = new Date()) => new Date(now.getTime() - days * DAY);

type LineOptions = { quantity: number; unitPriceCents?: number; finalSale?: boolean; cancelled?: boolean; name?: string };

let sequence = 0;

/**
 * An order with these lines: by default a pickup order picked up 5 days ago at `pickupStoreId`.
 * Returns the order with its lines (in the given order) and the secret of its guest link.
 */
export async function createOrder(options: {
  lines: LineOptions[];
  customerId?: string | null;
  fulfilment?: FulfilmentType;
  status?: OrderStatus;
  pickupStoreId?: string | null;
  paidAt?: Date | null;
  fulfilledAt?: Date | null;
  locale?: 'fi' | 'en';
}) {
  sequence += 1;
  const link = newLinkToken();
  const fulfilment = options.fulfilment ?? 'PICKUP';
  const status = options.status ?? 'FULFILLED';
  const total = options.lines.reduce((sum, line) => sum + line.quantity * (line.unitPriceCents ?? 1000), 0);
  const order = await prisma.order.create({
    data: {
      fulfilment,
      status,
      customerId: options.customerId ?? null,
      email: `shopper-${sequence}@example.com`,
      name: 'Testi Asiakas',
      locale: options.locale ?? 'fi',
      pickupStoreId: fulfilment === 'PICKUP' ? (options.pickupStoreId ?? null) : null,
      shippingStreet: fulfilment === 'DELIVERY' ? 'Kotikatu 1' : null,
      shippingPostalCode: fulfilment === 'DELIVERY' ? '40100' : null,
      shippingCity: fulfilment === 'DELIVERY' ? 'Jyväskylä' : null,
      subtotalCents: total,
      vatCents: Math.round((total * 2550) / 12550),
      totalCents: total,
      accessTokenHash: link.hash,
      accessLinkExpiresAt: new Date(Date.now() + 90 * DAY),
      paidAt: options.paidAt === undefined ? daysAgo(6) : options.paidAt,
      fulfilledAt: options.fulfilledAt === undefined ? (status === 'FULFILLED' ? daysAgo(5) : null) : options.fulfilledAt,
    },
  });
  const lines = [];
  for (const [index, line] of options.lines.entries()) {
    const unit = line.unitPriceCents ?? 1000;
    lines.push(
      await prisma.orderLine.create({
        data: {
          orderId: order.id,
          sku: `RET-${sequence}-${index + 1}`,
          name: line.name ?? `Tuote ${String.fromCharCode(65 + index)}`,
          quantity: line.quantity,
          unitPriceCents: unit,
          vatRateBp: 2550,
          lineTotalCents: unit * line.quantity,
          vatCents: Math.round((unit * line.quantity * 2550) / 12550),
          finalSale: line.finalSale ?? false,
          cancelledAt: line.cancelled ? daysAgo(6) : null,
        },
      }),
    );
  }
  return { order, lines, token: link.token };
}

/** A return of these lines already in the given state (e.g. received at a desk). */
export async function createReturn(orderId: string, status: ReturnStatus, lines: { orderLineId: string; quantity: number }[]) {
  return prisma.return.create({
    data: { orderId, status, method: 'STORE', lines: { create: lines } },
  });
}

/** What a refused request must leave untouched. */
export async function returnRows(orderId: string) {
  const [returns, lines, events, emails] = await Promise.all([
    prisma.return.count({ where: { orderId } }),
    prisma.returnLine.count({ where: { return: { orderId } } }),
    prisma.orderEvent.count({ where: { orderId, type: 'return_requested' } }),
    prisma.outboxMessage.count({ where: { kind: 'return.requested' } }),
  ]);
  return { returns, lines, events, emails };
}

/** What a refused call says: the message key of a VALIDATION error, else the error's code. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error.code === 'VALIDATION' ? error.message : error.code;
}
