import 'server-only';
import { prisma } from '@/lib/db';
import type { RefundStatus } from '@/lib/generated/prisma/client';
import { markReturnRefundedWhenDone, settleRefund } from './settle-refund';
import { isStripeInvalidRequest, stripe, type Stripe } from './stripe';

/**
 * Has Stripe pay a recorded refund; call it after the transaction that recorded it commits (a
 * payment provider cannot take part in our transaction). Stripe gets the refund's idempotency
 * key, so sending the same refund again (a retry, two staff at once) never pays twice.
 *
 * Never throws for Stripe's errors: a refund Stripe refuses is FAILED with the reason; when
 * Stripe does not answer it stays PENDING with the reason. Staff see both, with a retry.
 * A refund given at the counter (cash, card terminal) succeeded when it was recorded; for those
 * this only completes the return they belong to.
 */
export async function sendRefund(refundId: string): Promise<RefundStatus> {
  const refund = await prisma.refund.findUniqueOrThrow({
    where: { id: refundId },
    include: { payment: { select: { provider: true, providerRef: true } } },
  });
  if (refund.payment.provider !== 'STRIPE' || refund.status !== 'PENDING') {
    if (refund.status === 'SUCCEEDED' && refund.returnId) {
      const returnId = refund.returnId;
      await prisma.$transaction((tx) => markReturnRefundedWhenDone(tx, returnId));
    }
    return refund.status;
  }

  let answer: Stripe.Refund;
  try {
    const paymentIntent = await paymentIntentOf(refund.payment.providerRef);
    answer = await stripe().refunds.create(
      {
        payment_intent: paymentIntent,
        amount: refund.amountCents,
        reason: 'requested_by_customer',
        metadata: { orderId: refund.orderId, refundId: refund.id, why: refund.reason ?? '' },
      },
      { idempotencyKey: refund.idempotencyKey },
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const refused = isStripeInvalidRequest(error);
    console.error(`Refund ${refund.id} was not paid by Stripe (${refused ? 'refused' : 'no answer'}): ${reason}`);
    if (refused) {
      await prisma.$transaction((tx) => settleRefund(tx, refund.id, { status: 'FAILED', failureReason: reason }));
      return 'FAILED';
    }
    await prisma.refund.updateMany({ where: { id: refund.id, status: 'PENDING' }, data: { failureReason: reason } });
    return 'PENDING';
  }

  const status = refundStatusOf(answer);
  await prisma.$transaction((tx) =>
    status === 'PENDING'
      ? tx.refund.updateMany({ where: { id: refund.id, status: 'PENDING' }, data: { providerRef: answer.id, failureReason: null } }).then(() => undefined)
      : settleRefund(tx, refund.id, { status, providerRef: answer.id, failureReason: answer.failure_reason ?? null }),
  );
  return status;
}

/** Stripe's refund status in our terms (pending, requires_action: still on its way). */
export function refundStatusOf(refund: Pick<Stripe.Refund, 'status'>): RefundStatus {
  if (refund.status === 'succeeded') return 'SUCCEEDED';
  if (refund.status === 'failed' || refund.status === 'canceled') return 'FAILED';
  return 'PENDING';
}

/** Our Stripe payments are Checkout Sessions; a refund goes to the session's PaymentIntent. */
async function paymentIntentOf(sessionId: string | null): Promise<string> {
  if (!sessionId) throw new Error('The payment has no Stripe reference.');
  const session = await stripe().checkout.sessions.retrieve(sessionId);
  const intent = session.payment_intent;
  const id = typeof intent === 'string' ? intent : intent?.id;
  if (!id) throw new Error(`Checkout Session ${sessionId} has no PaymentIntent.`);
  return id;
}
