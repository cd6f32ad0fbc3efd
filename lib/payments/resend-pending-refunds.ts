import 'server-only';
import { prisma } from '@/lib/db';
import { sendRefund } from './send-refund';

const BATCH = 20;

/**
 * The refund sweep: Stripe refunds still PENDING some minutes after they were recorded, either
 * never sent (the process stopped between the commit and the send) or not answered by Stripe,
 * are sent again with their own idempotency key, so none is paid twice. Refunds Stripe has
 * answered (it has their id) wait for its webhook instead. Returns how many were sent.
 */
export async function resendPendingRefunds(now = new Date(), olderThanMinutes = 5): Promise<number> {
  const due = await prisma.refund.findMany({
    where: {
      status: 'PENDING',
      providerRef: null,
      updatedAt: { lte: new Date(now.getTime() - olderThanMinutes * 60_000) },
      payment: { provider: 'STRIPE' },
    },
    orderBy: { updatedAt: 'asc' },
    select: { id: true },
    take: BATCH,
  });
  for (const refund of due) await sendRefund(refund.id);
  return due.length;
}
