import 'server-only';
import { prisma } from '@/lib/db';
import { refundStatusOf } from './send-refund';
import { settleRefund } from './settle-refund';
import { isStripeInvalidRequest, stripe, type Stripe, type StripeEvent } from './stripe';

export const REFUND_EVENTS = new Set(['refund.created', 'refund.updated', 'refund.failed', 'charge.refund.updated']);

/**
 * A Stripe event about one of our refunds: the refund is read again from Stripe and its current
 * state recorded (events may come twice or out of order), with the event id in the same
 * transaction, so a second delivery changes nothing. A refund that is not ours is ignored.
 */
export async function handleRefundEvent(event: StripeEvent): Promise<'processed' | 'duplicate' | 'ignored'> {
  const sent = event.data.object as Stripe.Refund;
  const current = await stripe()
    .refunds.retrieve(sent.id)
    .catch((error: unknown) => {
      if (isStripeInvalidRequest(error)) return null;
      throw error;
    });
  const ours = current
    ? await prisma.refund.findFirst({
        where: { OR: [{ providerRef: current.id }, ...(current.metadata?.refundId ? [{ id: current.metadata.refundId }] : [])] },
        select: { id: true },
      })
    : null;
  return prisma.$transaction(async (tx) => {
    const recorded = await tx.processedWebhookEvent.createMany({ data: [{ provider: 'stripe', eventId: event.id, type: event.type }], skipDuplicates: true });
    if (recorded.count === 0) return 'duplicate';
    if (!current || !ours) return 'ignored';
    const status = refundStatusOf(current);
    if (status === 'PENDING') return 'processed';
    await settleRefund(tx, ours.id, { status, providerRef: current.id, failureReason: current.failure_reason ?? null });
    return 'processed';
  });
}

/** A refund event's object: a refund with a Stripe id. */
export function isRefundEvent(event: StripeEvent): boolean {
  const object = event.data?.object as { object?: unknown; id?: unknown } | undefined;
  return REFUND_EVENTS.has(event.type) && object?.object === 'refund' && typeof object.id === 'string' && /^re_\w+$/.test(object.id);
}
