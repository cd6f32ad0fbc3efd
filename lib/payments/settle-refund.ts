import 'server-only';
import type { Tx } from '@/lib/inventory/tx';
import type { RefundStatus } from '@/lib/generated/prisma/client';

export type RefundOutcome = { status: RefundStatus; providerRef?: string; failureReason?: string | null };

/**
 * Records what the payment provider says about a refund (its answer, or a webhook later) and,
 * when a return's refunds have all gone through, marks the return REFUNDED. A refund that has
 * succeeded or failed for good is not moved back by a late or repeated message.
 */
export async function settleRefund(tx: Tx, refundId: string, outcome: RefundOutcome): Promise<void> {
  const { count } = await tx.refund.updateMany({
    where: { id: refundId, status: 'PENDING' },
    data: {
      status: outcome.status,
      ...(outcome.providerRef ? { providerRef: outcome.providerRef } : {}),
      failureReason: outcome.failureReason ?? null,
    },
  });
  if (count === 0 || outcome.status !== 'SUCCEEDED') return;
  const refund = await tx.refund.findUniqueOrThrow({ where: { id: refundId }, select: { returnId: true } });
  if (refund.returnId) await markReturnRefundedWhenDone(tx, refund.returnId);
}

/** A received return whose refunds have all succeeded is REFUNDED. */
export async function markReturnRefundedWhenDone(tx: Tx, returnId: string): Promise<void> {
  const open = await tx.refund.count({ where: { returnId, status: { not: 'SUCCEEDED' } } });
  if (open === 0) await tx.return.updateMany({ where: { id: returnId, status: 'RECEIVED' }, data: { status: 'REFUNDED' } });
}
