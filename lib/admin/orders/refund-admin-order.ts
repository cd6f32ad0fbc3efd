import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { lockOrder } from '@/lib/inventory/lock-order';
import type { RefundStatus } from '@/lib/generated/prisma/client';
import { recordRefund } from '@/lib/payments/record-refund';
import { sendRefund } from '@/lib/payments/send-refund';
import { moneyState } from './money-state';

export type AdminRefundInput = {
  orderId: string;
  amountCents: number;
  /** Why; required, shown on the order page and in the audit log. */
  reason: string;
  /** A random id the refund form carries: the same form sent twice makes one refund. */
  nonce: string;
};

/**
 * The owner refunds part or all of an order: at most what was paid and not yet refunded
 * (REFUND_TOO_LARGE otherwise; VALIDATION when nothing was paid). Recorded with the owner as
 * actor (the order's timeline shows who) and audited as 'refund.created'; Stripe pays it after
 * the commit. Returns the refund's status after sending.
 */
export async function refundAdminOrder(input: AdminRefundInput, actor: { id: string }): Promise<{ refundId: string; status: RefundStatus; created: boolean }> {
  const idempotencyKey = `admin-refund-${input.nonce}`;
  const refund = await prisma.$transaction(async (tx) => {
    if (!(await lockOrder(tx, input.orderId))) throw new AppError('NOT_FOUND');
    const existing = await tx.refund.findUnique({ where: { idempotencyKey }, select: { id: true, orderId: true } });
    if (existing && existing.orderId !== input.orderId) throw new AppError('VALIDATION', 'adminOrders.errors.formExpired');
    if (!existing) {
      const [payments, refunds] = await Promise.all([
        tx.payment.findMany({ where: { orderId: input.orderId }, select: { status: true, amountCents: true } }),
        tx.refund.findMany({ where: { orderId: input.orderId }, select: { status: true, amountCents: true } }),
      ]);
      const money = moneyState(payments, refunds);
      if (money.paidCents === 0) throw new AppError('VALIDATION', 'adminOrders.errors.nothingPaid');
      if (input.amountCents > money.refundableCents) throw new AppError('REFUND_TOO_LARGE', undefined, 'amount');
    }
    const recorded = await recordRefund(tx, { orderId: input.orderId, amountCents: input.amountCents, idempotencyKey, reason: input.reason, actorId: actor.id });
    if (recorded.created) {
      const order = await tx.order.findUniqueOrThrow({ where: { id: input.orderId }, select: { number: true } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: 'refund.created',
        entityType: 'order',
        entityId: input.orderId,
        data: { number: order.number, refundId: recorded.id, amountCents: recorded.amountCents, reason: input.reason },
      });
    }
    return recorded;
  });
  const status = await sendRefund(refund.id);
  return { refundId: refund.id, status, created: refund.created };
}
