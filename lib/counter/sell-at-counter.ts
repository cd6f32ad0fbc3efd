import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { recordAudit } from '@/lib/audit/record-audit';
import { quoteOrder } from '@/lib/checkout/quote-order';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { stockLinesInLockOrder, type StockLine } from '@/lib/inventory/stock-lines';
import type { Tx } from '@/lib/inventory/tx';
import { orderLineRows } from '@/lib/orders/order-line-rows';
import { queueReviewInvitation } from '@/lib/orders/queue-review-invitation';
import { splitPayment, type CounterPayment } from './counter-payment';
import { CounterStockError } from './counter-stock-error';
import { assertCounterDayOpen } from './day-close/day-closed';
import { applyPriceOverrides, type PriceOverride } from './price-overrides';
import { queueCounterReceipt } from './queue-counter-receipt';

export type CounterSaleInput = {
  storeId: string;
  /** Made by the till when the sale was started (a UUID): the same key never sells twice. */
  tillKey: string;
  lines: readonly StockLine[];
  /** Prices changed at the till (owner, or staff allowed to), each with its reason. */
  priceOverrides?: readonly PriceOverride[];
  /** The customer attached at the counter (their history, their receipt), or nobody. */
  customerId: string | null;
  /** Where to e-mail the receipt when no customer is attached (or to another address); optional. */
  receiptEmail: string | null;
  payment: CounterPayment;
  locale: AppLocale;
};

export type CounterSale = {
  orderId: string;
  number: number;
  totalCents: number;
  changeCents: number;
  /** The receipt e-mail to send after the commit, or null. */
  emailId: string | null;
  productIds: string[];
  /** False when the till's key had already made this sale (a second press of "pay"). */
  created: boolean;
};

const NO_SHIPPING = { deliveryCents: 0, parcelLockerCents: 0, freeOverCents: null };

/**
 * A sale at the counter of `storeId`, in one transaction: prices and VAT from the database, the
 * order (channel STORE, fulfilled and paid at once) with its lines, the goods leaving this
 * store's shelf with a SALE movement, the payments (cash, card terminal or both) and the receipt
 * e-mail queued. Units held for online orders are never sold: CounterStockError names the orders
 * holding them. A store whose day is closed sells nothing more that day. Refusals change nothing.
 */
export async function sellAtCounter(input: CounterSaleInput, seller: { id: string }, now: Date = new Date()): Promise<CounterSale> {
  return prisma.$transaction((tx) => sellAtCounterInTransaction(tx, input, seller, now), { maxWait: 10_000, timeout: 20_000 });
}

/** The same sale inside the caller's transaction (add-ons sold with a hand-over, an exchange with its return). */
export async function sellAtCounterInTransaction(tx: Tx, input: CounterSaleInput, seller: { id: string }, now: Date): Promise<CounterSale> {
  // The key is taken first: a second press waits here for the first one's commit, then finds it.
  const done = await existingSale(tx, input.tillKey, input.storeId);
  if (done) return done;
  await assertCounterDayOpen(tx, input.storeId, now);
  const listed = await quoteOrder(tx, { lines: input.lines, fulfilment: 'PICKUP', locale: input.locale }, NO_SHIPPING);
  const { quote, applied } = await applyPriceOverrides(tx, listed, input.priceOverrides ?? [], seller.id);
  const split = splitPayment(input.payment, quote.totalCents);
  const customer = input.customerId
    ? await tx.user.findFirst({ where: { id: input.customerId, active: true }, select: { id: true, email: true, name: true, phone: true } })
    : null;
  if (input.customerId && !customer) throw new AppError('VALIDATION', 'storeCounter.errors.customerNotFound', 'customer');
  const email = (input.receiptEmail ?? customer?.email ?? '').trim().toLowerCase();

  const order = await tx.order.create({
    data: {
      channel: 'STORE',
      fulfilment: 'PICKUP',
      status: 'FULFILLED',
      tillKey: input.tillKey,
      soldById: seller.id,
      customerId: customer?.id ?? null,
      email,
      name: customer?.name ?? '',
      phone: customer?.phone ?? null,
      locale: input.locale,
      pickupStoreId: input.storeId,
      subtotalCents: quote.subtotalCents,
      shippingCents: 0,
      vatCents: quote.vatCents,
      totalCents: quote.totalCents,
      placedAt: now,
      confirmedAt: now,
      paidAt: now,
      fulfilledAt: now,
      lines: { create: orderLineRows(quote.lines) },
      payments: {
        create: [
          ...(split.cardCents > 0 ? [{ provider: 'CARD_TERMINAL' as const, amountCents: split.cardCents, status: 'SUCCEEDED' as const, createdAt: now }] : []),
          ...(split.cashCents > 0 ? [{ provider: 'CASH' as const, amountCents: split.cashCents, status: 'SUCCEEDED' as const, createdAt: now }] : []),
        ],
      },
      events: {
        create: {
          type: 'sold_at_counter',
          actorId: seller.id,
          createdAt: now,
          data: {
            storeId: input.storeId,
            cardCents: split.cardCents,
            cashCents: split.cashCents,
            givenCents: split.givenCents,
            changeCents: split.changeCents,
            cardReference: split.reference,
            priceOverrides: applied,
          },
        },
      },
    },
    select: { id: true, number: true },
  });
  for (const override of applied) {
    await recordAudit(tx, { actorId: seller.id, action: 'counter.price_overridden', entityType: 'order', entityId: order.id, data: override });
  }
  // Last, so that the stock rows stay locked for as short a time as possible.
  await takeFromShelf(tx, input.storeId, order.id, seller.id, input.lines, now);
  const emailId = email ? await queueCounterReceipt(tx, order.id) : null;
  // "How was it?" when the sale is to a known customer; sent by the outbox's worker, not at once.
  if (customer) await queueReviewInvitation(tx, order.id);
  return {
    orderId: order.id,
    number: order.number,
    totalCents: quote.totalCents,
    changeCents: split.changeCents,
    emailId,
    productIds: [...new Set(quote.lines.map((line) => line.productId))],
    created: true,
  };
}

async function existingSale(tx: Tx, tillKey: string, storeId: string): Promise<CounterSale | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${tillKey}, 15))`;
  const order = await tx.order.findUnique({
    where: { tillKey },
    select: { id: true, number: true, totalCents: true, pickupStoreId: true, events: { where: { type: 'sold_at_counter' }, select: { data: true } }, lines: { select: { productId: true } } },
  });
  if (!order) return null;
  if (order.pickupStoreId !== storeId) throw new AppError('INVALID_STATE');
  const change = (order.events[0]?.data as { changeCents?: number } | undefined)?.changeCents ?? 0;
  const productIds = [...new Set(order.lines.flatMap((line) => (line.productId ? [line.productId] : [])))];
  return { orderId: order.id, number: order.number, totalCents: order.totalCents, changeCents: change, emailId: null, productIds, created: false };
}

/**
 * Each line leaves the shelf with one conditional UPDATE (what is on hand and not held for an
 * online order), in variant id order like every stock lock, and a SALE movement.
 */
async function takeFromShelf(tx: Tx, storeId: string, orderId: string, actorId: string, lines: readonly StockLine[], now: Date) {
  const taken = stockLinesInLockOrder(lines);
  for (const line of taken) {
    const changed = await tx.$executeRaw`
      UPDATE stock_levels
         SET on_hand = on_hand - ${line.quantity}, updated_at = now()
       WHERE variant_id = ${line.variantId}::uuid
         AND store_id = ${storeId}::uuid
         AND on_hand - reserved >= ${line.quantity}`;
    if (changed === 0) throw await CounterStockError.explain(tx, storeId, line.variantId);
  }
  await tx.stockMovement.createMany({
    data: taken.map((line) => ({ variantId: line.variantId, storeId, type: 'SALE' as const, onHandDelta: -line.quantity, orderId, actorId, reason: 'sold at the counter', createdAt: now })),
  });
}
