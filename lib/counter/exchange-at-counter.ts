import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { PaymentProvider, RefundStatus } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/inventory/tx';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';
import { sendRefund } from '@/lib/payments/send-refund';
import type { DeskActor } from '@/lib/returns/desk-actor';
import { receiveInTransaction } from '@/lib/returns/receive-return';
import type { ReceiveLineInput } from '@/lib/returns/receive-validate-lines';
import type { CounterPayment } from './counter-payment';
import { sellAtCounterInTransaction, type CounterSaleInput } from './sell-at-counter';

export type CounterExchangeInput = CounterSaleInput & {
  /** The order the goods come back from (a counter sale's receipt or an online order). */
  originalOrderId: string;
  returnLines: ReceiveLineInput[];
};

export type CounterExchange = {
  returnId: string;
  returnNumber: number;
  /** What the return gives back and how (the way the original was paid); null when nothing. */
  refund: { amountCents: number; provider: PaymentProvider; status: RefundStatus } | null;
  sale: { orderId: string; number: number; totalCents: number };
  /** True when a cash refund was set against a cash sale: staff handled only the difference. */
  cashNetted: boolean;
  /** The cash the customer gets back from the drawer after the sale (with netting: the difference too). */
  changeCents: number;
  productIds: string[];
  /** False when the till's key had already made this exchange (a second press of "pay"). */
  created: boolean;
};

const EVENT = 'exchanged_at_counter';

/**
 * An exchange at the counter of `storeId`, in one transaction: the goods come back from the
 * original order as a return received here (resaleable ones back on this shelf, the refund
 * recorded the way the original was paid), and the new goods are sold as a counter sale. When
 * the refund and the sale are both in cash, the cash given (`payment.givenCents`) is only what the
 * customer handed over against the difference: the sale is recorded as paid with that plus the
 * refund, so the drawer's books show the refund out and the sale in. Any refusal (window, final
 * sale, day closed, stock) rolls back both. After the commit: a Stripe refund, the e-mails.
 * The till's key makes it idempotent: a second press answers with the first exchange.
 */
export async function exchangeAtCounter(input: CounterExchangeInput, seller: DeskActor, now: Date = new Date()): Promise<CounterExchange> {
  const done = await prisma.$transaction((tx) => exchangeInTransaction(tx, input, seller, now), { maxWait: 10_000, timeout: 20_000 });
  if (!done.created) return done.exchange;
  let { refund } = done.exchange;
  if (refund?.provider === 'STRIPE' && done.refundId) refund = { ...refund, status: await sendRefund(done.refundId) };
  await sendOutboxSoon(done.outboxIds);
  return { ...done.exchange, refund };
}

async function exchangeInTransaction(tx: Tx, input: CounterExchangeInput, seller: DeskActor, now: Date) {
  // The same lock the sale takes on its key: a second press waits for the first one's commit.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${input.tillKey}, 15))`;
  const earlier = await earlierExchange(tx, input.tillKey, input.storeId);
  if (earlier) return { exchange: earlier, refundId: null, outboxIds: [] as string[], created: false };

  const received = await receiveInTransaction(tx, { storeId: input.storeId, target: { orderId: input.originalOrderId }, lines: input.returnLines }, seller);
  const cashRefund = received.refund?.provider === 'CASH' ? received.refund.amountCents : 0;
  const cashNetted = cashRefund > 0 && input.payment.method === 'CASH';
  const payment: CounterPayment = cashNetted && input.payment.method === 'CASH' ? { method: 'CASH', givenCents: input.payment.givenCents + cashRefund } : input.payment;
  const sale = await sellAtCounterInTransaction(tx, { ...input, payment }, seller, now);
  if (!sale.created) throw new AppError('INVALID_STATE');

  const exchange: CounterExchange = {
    returnId: received.returnId,
    returnNumber: received.number,
    refund: received.refund ? { amountCents: received.refund.amountCents, provider: received.refund.provider, status: received.refund.status } : null,
    sale: { orderId: sale.orderId, number: sale.number, totalCents: sale.totalCents },
    cashNetted,
    changeCents: sale.changeCents,
    productIds: sale.productIds,
    created: true,
  };
  await tx.orderEvent.create({
    data: {
      orderId: sale.orderId,
      type: EVENT,
      actorId: seller.id,
      createdAt: now,
      data: {
        originalOrderId: input.originalOrderId,
        returnId: exchange.returnId,
        returnNumber: exchange.returnNumber,
        refund: exchange.refund,
        cashNetted,
        givenCents: input.payment.method === 'CARD_TERMINAL' ? null : input.payment.givenCents,
        changeCents: sale.changeCents,
      },
    },
  });
  return { exchange, refundId: received.refund?.id ?? null, outboxIds: [...received.outboxIds, ...(sale.emailId ? [sale.emailId] : [])], created: true };
}

/** The exchange this till key already made, read from its sale's event; null when none. */
async function earlierExchange(tx: Tx, tillKey: string, storeId: string): Promise<CounterExchange | null> {
  const order = await tx.order.findUnique({
    where: { tillKey },
    select: { id: true, number: true, totalCents: true, pickupStoreId: true, events: { where: { type: EVENT }, select: { data: true } }, lines: { select: { productId: true } } },
  });
  if (!order) return null;
  const data = order.events[0]?.data as Pick<CounterExchange, 'returnId' | 'returnNumber' | 'refund' | 'cashNetted' | 'changeCents'> | undefined;
  // The key made a plain sale, or a sale at another store: not this exchange.
  if (!data || order.pickupStoreId !== storeId) throw new AppError('INVALID_STATE');
  return {
    returnId: data.returnId,
    returnNumber: data.returnNumber,
    refund: data.refund,
    sale: { orderId: order.id, number: order.number, totalCents: order.totalCents },
    cashNetted: data.cashNetted,
    changeCents: data.changeCents,
    productIds: [...new Set(order.lines.flatMap((line) => (line.productId ? [line.productId] : [])))],
    created: false,
  };
}
