import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { PaymentProvider, Prisma, RefundStatus } from '@/lib/generated/prisma/client';
import { lockOrder } from '@/lib/inventory/lock-order';
import type { Tx } from '@/lib/inventory/tx';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';
import { recordRefund } from '@/lib/payments/record-refund';
import { sendRefund } from '@/lib/payments/send-refund';
import { markReturnRefundedWhenDone } from '@/lib/payments/settle-refund';
import { computeReturnRefund } from './compute-return-refund';
import { assertDeskActor, type DeskActor } from './desk-actor';
import { loadReturnableLines } from './returnable-lines';
import type { ReturnRefusal } from './return-window';
import { queueReturnReceipt } from './receive-queue-receipt';
import { restockReturnedGoods } from './receive-restock';
import { validateReceiveLines, type ReceiveLineInput } from './receive-validate-lines';
import { receivesReturns } from '@/lib/stores/takes-returns';
import { assertCounterDayOpen } from '@/lib/counter/day-close/day-closed';

export type ReceiveReturnInput = {
  /** The store taking the goods back (any store may take back any online order). */
  storeId: string;
  /** A return the shopper registered, or (walk-in) the order the goods come from. */
  target: { returnId: string } | { orderId: string };
  lines: ReceiveLineInput[];
  /** Only the owner may take goods back after the return window, and says why. */
  override?: { reason: string };
};

export type ReceivedReturn = {
  returnId: string;
  number: number;
  refund: { id: string; amountCents: number; provider: PaymentProvider; status: RefundStatus } | null;
};

/**
 * Takes goods back at the desk, in one transaction with the order locked: checks the lines
 * against what can still be returned, marks the return RECEIVED here (a walk-in return is
 * created), puts resaleable goods back on this store's shelf, records the refund (shipping too
 * when the whole order has come back), updates the order's return status and timeline, and
 * queues the receipt. Then, after the commit, has Stripe pay the refund and sends the e-mail.
 */
export async function receiveReturn(input: ReceiveReturnInput, actor: DeskActor): Promise<ReceivedReturn> {
  const received = await prisma.$transaction((tx) => receiveInTransaction(tx, input, actor));
  const refund = received.refund ? { ...received.refund, status: await sendRefund(received.refund.id) } : null;
  await sendOutboxSoon(received.outboxIds);
  return { returnId: received.returnId, number: received.number, refund };
}

/** The receiving inside the caller's transaction; the caller sends the refund and the e-mails after its commit. */
export async function receiveInTransaction(tx: Tx, input: ReceiveReturnInput, actor: DeskActor) {
  await assertDeskActor(tx, input.storeId, actor);
  const store = await tx.store.findUnique({ where: { id: input.storeId }, select: { name: true, kind: true, returnsEnabled: true } });
  if (!store) throw new AppError('NOT_FOUND');
  if (!receivesReturns(store)) throw new AppError('VALIDATION', 'storeReturns.errors.returnsDisabled');

  const orderId = await targetOrderId(tx, input.target);
  if (!(await lockOrder(tx, orderId))) throw new AppError('NOT_FOUND');
  // Read after the lock: a second "receive" of the same return waits here and then finds it done.
  if ('returnId' in input.target) {
    const registered = await tx.return.findUniqueOrThrow({ where: { id: input.target.returnId }, select: { status: true } });
    if (registered.status !== 'REQUESTED') throw new AppError('INVALID_STATE');
  }

  const now = new Date();
  // Money given back at a counter belongs to its day: not after the day's close.
  await assertCounterDayOpen(tx, input.storeId, now);
  const returnable = await loadReturnableLines(tx, orderId, now);
  const override = windowOverride(returnable.refusal, input.override, actor);
  const lines = validateReceiveLines(input.lines, returnable.lines);
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      number: true,
      email: true,
      name: true,
      locale: true,
      currency: true,
      shippingCents: true,
      lines: { select: { id: true, variantId: true, name: true, variantLabel: true, unitPriceCents: true } },
      payments: { where: { status: 'SUCCEEDED' }, select: { amountCents: true } },
      refunds: { where: { status: { not: 'FAILED' } }, select: { amountCents: true } },
    },
  });
  const orderLine = (id: string) => order.lines.find((line) => line.id === id)!;
  const refund = computeReturnRefund({
    lines: returnable.lines.map((line) => ({ id: line.orderLineId, quantity: line.quantity, unitPriceCents: line.unitPriceCents, cancelled: line.cancelled, returnedQuantity: line.returnedQuantity })),
    returning: Object.fromEntries(lines.map((line) => [line.orderLineId, line.quantity])),
    shippingCents: order.shippingCents,
    paidCents: sum(order.payments),
    refundedCents: sum(order.refunds),
  });

  // A line whose product has since been deleted cannot go back on a shelf.
  const returnLines = lines.map((line) => ({ ...line, restock: line.restock && orderLine(line.orderLineId).variantId !== null }));
  const receivedFields: ReceivedFields = {
    status: 'RECEIVED',
    storeId: input.storeId,
    receivedById: actor.id,
    receivedAt: now,
    refundTotalCents: refund.totalCents,
    windowOverrideReason: override?.reason ?? null,
    windowOverrideById: override ? actor.id : null,
    lines: { create: returnLines.map(({ orderLineId, quantity, condition, restock }) => ({ orderLineId, quantity, condition, restock })) },
  };
  const saved = await saveReceivedReturn(tx, input.target, { orderId, createdById: actor.id }, receivedFields);

  await restockReturnedGoods(tx, {
    storeId: input.storeId,
    orderId,
    returnNumber: saved.number,
    actorId: actor.id,
    lines: returnLines.filter((line) => line.restock).map((line) => ({ variantId: orderLine(line.orderLineId).variantId!, quantity: line.quantity })),
  });

  const recorded =
    refund.totalCents > 0
      ? await recordRefund(tx, { orderId, amountCents: refund.totalCents, idempotencyKey: `refund-return-${saved.id}`, reason: 'return', returnId: saved.id, actorId: actor.id })
      : null;
  if (!recorded) await markReturnRefundedWhenDone(tx, saved.id);

  await tx.order.update({ where: { id: orderId }, data: { returnStatus: refund.wholeOrderReturned ? 'RETURNED' : 'PARTIALLY_RETURNED' } });
  await tx.orderEvent.create({
    data: {
      orderId,
      type: 'returned',
      actorId: actor.id,
      data: {
        returnId: saved.id,
        returnNumber: saved.number,
        storeId: input.storeId,
        refundCents: refund.totalCents,
        lines: returnLines,
        ...(override ? { windowOverrideReason: override.reason } : {}),
      },
    },
  });

  const receiptId = await queueReturnReceipt(tx, saved.id, {
    locale: order.locale,
    email: order.email,
    name: order.name,
    orderNumber: order.number,
    returnNumber: saved.number,
    storeName: store.name,
    currency: order.currency,
    lines: returnLines.map((line) => {
      const { name, variantLabel, unitPriceCents } = orderLine(line.orderLineId);
      return { name, variantLabel, unitPriceCents, quantity: line.quantity };
    }),
    shippingCents: Math.min(refund.shippingCents, refund.totalCents),
    refundCents: refund.totalCents,
    refundMethod: recorded?.provider ?? null,
  });

  return {
    returnId: saved.id,
    number: saved.number,
    refund: recorded ? { id: recorded.id, amountCents: recorded.amountCents, provider: recorded.provider, status: recorded.status } : null,
    outboxIds: receiptId ? [receiptId] : [],
  };
}

type ReceivedFields = Omit<Prisma.ReturnUncheckedCreateInput, 'orderId' | 'method' | 'createdById'>;

/** A registered return gets the lines as received (instead of as announced); a walk-in is created. */
async function saveReceivedReturn(tx: Tx, target: ReceiveReturnInput['target'], walkIn: { orderId: string; createdById: string }, fields: ReceivedFields) {
  const select = { id: true, number: true } as const;
  if ('orderId' in target) return tx.return.create({ data: { ...walkIn, method: 'STORE', ...fields }, select });
  await tx.returnLine.deleteMany({ where: { returnId: target.returnId } });
  return tx.return.update({ where: { id: target.returnId }, data: fields, select });
}

async function targetOrderId(tx: Tx, target: ReceiveReturnInput['target']): Promise<string> {
  if ('orderId' in target) return target.orderId;
  const registered = await tx.return.findUnique({ where: { id: target.returnId }, select: { orderId: true } });
  if (!registered) throw new AppError('NOT_FOUND');
  return registered.orderId;
}

/**
 * Outside the return window only the owner may go on, with a reason; null when inside it. Any
 * other refusal (unpaid, cancelled, not yet received, all returned) no one can override.
 */
function windowOverride(refusal: ReturnRefusal | null, override: ReceiveReturnInput['override'], actor: DeskActor): { reason: string } | null {
  if (!refusal) return null;
  if (refusal !== 'outsideWindow' || !override) throw new AppError('VALIDATION', `storeReturns.errors.${refusal}`);
  if (actor.role !== 'OWNER') throw new AppError('FORBIDDEN');
  const reason = override.reason.trim();
  if (!reason) throw new AppError('VALIDATION', 'storeReturns.errors.overrideReasonRequired', 'overrideReason');
  return { reason };
}

function sum(rows: readonly { amountCents: number }[]): number {
  return rows.reduce((total, row) => total + row.amountCents, 0);
}
