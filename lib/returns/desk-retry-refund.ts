import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { RefundStatus } from '@/lib/generated/prisma/client';
import { retryRefund } from '@/lib/payments/retry-refund';
import { assertDeskActor, type DeskActor } from './desk-actor';

/**
 * Sends again the refund of a return received at this store (the desk's "Retry"). Another
 * store's refunds are not this desk's to touch: they are NOT_FOUND here.
 */
export async function retryDeskRefund(input: { storeId: string; refundId: string }, actor: DeskActor): Promise<RefundStatus> {
  await assertDeskActor(prisma, input.storeId, actor);
  const refund = await prisma.refund.findFirst({ where: { id: input.refundId, return: { storeId: input.storeId } }, select: { id: true } });
  if (!refund) throw new AppError('NOT_FOUND');
  return retryRefund(refund.id, actor.id);
}
