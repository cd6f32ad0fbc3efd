import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { createOrder } from '@/lib/checkout/create-order';
import type { CheckoutContact, CheckoutFulfilment } from '@/lib/checkout/types';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { StockLine } from '@/lib/inventory/stock-lines';
import type { Tx } from '@/lib/inventory/tx';
import { markOrderPaid } from '@/lib/orders/mark-order-paid';
import { getShopSettings } from '@/lib/settings/get-shop-settings';
import { assertCounterDayOpen } from './day-close/day-closed';

/** Paid at the counter now (the cash given, or the card terminal's reference), or later through a link by e-mail. */
export type CustomerOrderPayment = { method: 'CASH'; givenCents: number } | { method: 'CARD_TERMINAL'; reference: string | null } | { method: 'LINK' };

export type CustomerOrderInput = {
  /** The store whose staff take the order. */
  storeId: string;
  /** Made by the screen when the order was started: the same key never orders twice. */
  tillKey: string;
  lines: readonly StockLine[];
  customerId: string | null;
  contact: CheckoutContact;
  /** Home delivery, a parcel locker, or pickup here or at another store (ship to store). */
  fulfilment: CheckoutFulfilment;
  payment: CustomerOrderPayment;
  locale: AppLocale;
};

export type CustomerOrder = { orderId: string; number: number; totalCents: number; changeCents: number; status: 'PAID' | 'PENDING_PAYMENT'; emailIds: string[]; created: boolean };

/** An order waiting for its e-mailed payment link holds its stock this long. */
export const LINK_HOLD_MINUTES = 24 * 60;

/**
 * "Endless aisle": staff order for the customer at the counter what this store does not have on
 * its shelf, through the web shop's own order rules (createOrder: prices, stock held where it is,
 * a transfer for a pickup elsewhere, the pickup). The order is channel STORE, placed by the staff
 * member. Paid now at the counter, it is PAID at once (stock sold, confirmation e-mail queued);
 * with a payment link it waits for the customer's card payment, holding its stock for a day.
 */
export async function orderForCustomer(input: CustomerOrderInput, seller: { id: string }, now: Date = new Date()): Promise<CustomerOrder> {
  const settings = await getShopSettings();
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${input.tillKey}, 15))`;
    const done = await existingOrder(tx, input.tillKey);
    if (done) return done;
    const pay = input.payment;
    const payNow = pay.method !== 'LINK';
    if (payNow) await assertCounterDayOpen(tx, input.storeId, now);

    const placed = await createOrder(
      tx,
      {
        channel: 'STORE',
        lines: input.lines,
        locale: input.locale,
        contact: { ...input.contact, email: input.contact.email.trim().toLowerCase() },
        fulfilment: input.fulfilment,
        payment: 'CARD',
        customerId: input.customerId,
        actorId: seller.id,
        placedData: { orderedAtStoreId: input.storeId },
        holdMinutes: payNow ? undefined : LINK_HOLD_MINUTES,
      },
      settings,
      now,
    );
    const order = await tx.order.update({ where: { id: placed.orderId }, data: { tillKey: input.tillKey, soldById: seller.id }, select: { totalCents: true } });
    if (pay.method === 'LINK') return { orderId: placed.orderId, number: placed.number, totalCents: order.totalCents, changeCents: 0, status: 'PENDING_PAYMENT', emailIds: [], created: true };

    const changeCents = pay.method === 'CASH' ? cashChange(pay.givenCents, order.totalCents) : 0;
    const payment = await tx.payment.create({
      data: { orderId: placed.orderId, provider: pay.method, amountCents: order.totalCents, createdAt: now },
      select: { id: true },
    });
    await tx.orderEvent.create({
      data: {
        orderId: placed.orderId,
        type: 'paid_at_counter',
        actorId: seller.id,
        createdAt: now,
        data: pay.method === 'CASH' ? { storeId: input.storeId, givenCents: pay.givenCents, changeCents } : { storeId: input.storeId, cardReference: pay.reference },
      },
    });
    await markOrderPaid(tx, { orderId: placed.orderId, paymentId: payment.id });
    const emails = await tx.outboxMessage.findMany({ where: { reference: placed.orderId, status: 'PENDING' }, select: { id: true } });
    return { orderId: placed.orderId, number: placed.number, totalCents: order.totalCents, changeCents, status: 'PAID', emailIds: emails.map((email) => email.id), created: true };
  }, { maxWait: 10_000, timeout: 20_000 });
}

function cashChange(givenCents: number, totalCents: number): number {
  if (givenCents < totalCents) throw new AppError('VALIDATION', 'storeCounter.errors.cashTooLittle', 'givenCents');
  return givenCents - totalCents;
}

async function existingOrder(tx: Tx, tillKey: string): Promise<CustomerOrder | null> {
  const order = await tx.order.findUnique({ where: { tillKey }, select: { id: true, number: true, totalCents: true, status: true } });
  if (!order) return null;
  return { orderId: order.id, number: order.number, totalCents: order.totalCents, changeCents: 0, status: order.status === 'PENDING_PAYMENT' ? 'PENDING_PAYMENT' : 'PAID', emailIds: [], created: false };
}
