import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { lockOrder } from '@/lib/inventory/lock-order';
import type { RefundStatus } from '@/lib/generated/prisma/client';
import { sendRefund } from './send-refund';

/**
 * Sends a refund that did not go through again. One Stripe never answered stays PENDING and is
 * sent again with the same idempotency key (had Stripe made it after all, it answers with that
 * same refund). One Stripe refused (FAILED) gets a new key, since Stripe would repeat its refusal
 * for the old one; it only counts towards "refunded" again once it is PENDING.
 */
export async function retryRefund(refundId: string, actorId: string): Promise<RefundStatus> {
  const refund = await prisma.refund.findUnique({ where: { id: refundId }, select: { id: true, status: true, orderId: true, paymentId: true, idempotencyKey: true, amountCents: true } });
  if (!refund) throw new AppError('NOT_FOUND');
  if (refund.status === 'SUCCEEDED') throw new AppError('INVALID_STATE');
  if (refund.status === 'FAILED') {
    await prisma.$transaction(async (tx) => {
      await lockOrder(tx, refund.orderId);
      // While it was FAILED it did not count as refunded; it must still fit in what was paid.
      const payment = await tx.payment.findUniqueOrThrow({
        where: { id: refund.paymentId },
        select: { amountCents: true, refunds: { where: { status: { not: 'FAILED' } }, select: { amountCents: true } } },
      });
      const refunded = payment.refunds.reduce((total, row) => total + row.amountCents, 0);
      if (refunded + refund.amountCents > payment.amountCents) throw new AppError('REFUND_TOO_LARGE');
      const { count } = await tx.refund.updateMany({
        where: { id: refund.id, status: 'FAILED' },
        data: { status: 'PENDING', failureReason: null, idempotencyKey: nextKey(refund.idempotencyKey) },
      });
      if (count === 0) throw new AppError('INVALID_STATE');
      await tx.orderEvent.create({ data: { orderId: refund.orderId, type: 'refund_retried', actorId, data: { refundId: refund.id, amountCents: refund.amountCents } } });
    });
  }
  return sendRefund(refund.id);
}

/** refund-return-x -> refund-return-x~retry1 -> refund-return-x~retry2 ... */
function nextKey(key: string): string {
  const match = /^(.*)~retry(\d+)$/.exec(key);
  return match ? `${match[1]}~retry${Number(match[2]) + 1}` : `${key}~retry1`;
}
