import 'server-only';
import { AppError } from '@/lib/errors';
import { lockOrder } from '@/lib/inventory/lock-order';
import type { Tx } from '@/lib/inventory/tx';
import type { PaymentProvider, RefundStatus } from '@/lib/generated/prisma/client';

export type RecordRefundInput = {
  orderId: string;
  amountCents: number;
  /** Our key for this refund: the same key twice records (and pays) one refund. */
  idempotencyKey: string;
  /** Why, for the refund row and the order's timeline (e.g. 'return', 'missing_item'). */
  reason: string;
  returnId?: string;
  actorId?: string;
  /** Refund this payment (e.g. a duplicate one); by default the first with enough left. */
  paymentId?: string;
};

export type RecordedRefund = {
  id: string;
  amountCents: number;
  provider: PaymentProvider;
  status: RefundStatus;
  /** false when a refund with this key was already recorded (nothing new happened). */
  created: boolean;
};

/**
 * Records a refund of part or all of an order's payment, inside the caller's transaction (so it
 * happens together with what it pays for: a return received, a line cancelled). The order is
 * locked, so two refunds of one order are decided one after the other and together never exceed
 * what was paid: failed refunds do not count, pending ones do.
 *
 * Money paid at the counter (cash, card terminal) is given back there: the refund is SUCCEEDED at
 * once. A Stripe refund is PENDING until `sendRefund` (after the commit) has Stripe pay it.
 */
export async function recordRefund(tx: Tx, input: RecordRefundInput): Promise<RecordedRefund> {
  if (!Number.isInteger(input.amountCents) || input.amountCents < 1) throw new AppError('VALIDATION', 'refundAmountInvalid');
  if (!(await lockOrder(tx, input.orderId))) throw new AppError('NOT_FOUND');

  const existing = await tx.refund.findUnique({ where: { idempotencyKey: input.idempotencyKey }, include: { payment: { select: { provider: true } } } });
  if (existing) {
    if (existing.orderId !== input.orderId) throw new Error(`Refund key ${input.idempotencyKey} belongs to another order.`);
    return { id: existing.id, amountCents: existing.amountCents, provider: existing.payment.provider, status: existing.status, created: false };
  }

  const payments = await tx.payment.findMany({
    where: { orderId: input.orderId, status: 'SUCCEEDED', ...(input.paymentId ? { id: input.paymentId } : {}) },
    orderBy: { createdAt: 'asc' },
    select: { id: true, provider: true, amountCents: true, currency: true, refunds: { where: { status: { not: 'FAILED' } }, select: { amountCents: true } } },
  });
  if (payments.length === 0) throw new AppError('INVALID_STATE');
  const payment = payments.find((p) => p.amountCents - sum(p.refunds) >= input.amountCents);
  if (!payment) throw new AppError('REFUND_TOO_LARGE');

  const status: RefundStatus = payment.provider === 'STRIPE' ? 'PENDING' : 'SUCCEEDED';
  const refund = await tx.refund.create({
    data: {
      paymentId: payment.id,
      orderId: input.orderId,
      returnId: input.returnId ?? null,
      amountCents: input.amountCents,
      currency: payment.currency,
      reason: input.reason,
      status,
      idempotencyKey: input.idempotencyKey,
      actorId: input.actorId ?? null,
    },
  });
  await tx.orderEvent.create({
    data: {
      orderId: input.orderId,
      type: 'refunded',
      actorId: input.actorId ?? null,
      data: { refundId: refund.id, amountCents: input.amountCents, reason: input.reason, method: payment.provider },
    },
  });
  return { id: refund.id, amountCents: refund.amountCents, provider: payment.provider, status, created: true };
}

function sum(rows: readonly { amountCents: number }[]): number {
  return rows.reduce((total, row) => total + row.amountCents, 0);
}
