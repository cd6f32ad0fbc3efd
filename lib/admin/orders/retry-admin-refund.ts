import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { RefundStatus } from '@/lib/generated/prisma/client';
import { retryRefund } from '@/lib/payments/retry-refund';

/** Sends a failed (or unanswered) refund of this order again; the timeline records who. */
export async function retryAdminRefund(input: { orderId: string; refundId: string }, actor: { id: string }): Promise<RefundStatus> {
  const refund = await prisma.refund.findFirst({ where: { id: input.refundId, orderId: input.orderId }, select: { id: true } });
  if (!refund) throw new AppError('NOT_FOUND');
  return retryRefund(refund.id, actor.id);
}
