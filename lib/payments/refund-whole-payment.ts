import 'server-only';
import type { Tx } from '@/lib/inventory/tx';
import { stripe } from './stripe';

export type RefundWholePaymentInput = {
  paymentId: string;
  /** Stripe's PaymentIntent of the payment (from the Checkout Session). */
  paymentIntentId: string;
  /** Our key, sent to Stripe as its Idempotency-Key: a retried refund is never paid twice. */
  idempotencyKey: string;
  /** Why, in the refund row and the order's timeline (e.g. 'late_payment_stock_gone'). */
  reason: string;
};

/**
 * Gives a whole Stripe payment back, inside the caller's transaction: Stripe's refund is created
 * first (with our idempotency key), then recorded. Should the transaction fail after Stripe
 * answered, the next webhook delivery does it again and Stripe returns the same refund.
 * Does nothing when a refund with this key is already recorded.
 */
export async function refundWholePayment(tx: Tx, input: RefundWholePaymentInput): Promise<void> {
  const existing = await tx.refund.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } });
  if (existing) return;
  const payment = await tx.payment.findUniqueOrThrow({ where: { id: input.paymentId } });
  const refund = await stripe().refunds.create(
    {
      payment_intent: input.paymentIntentId,
      amount: payment.amountCents,
      reason: input.reason.startsWith('duplicate') ? 'duplicate' : 'requested_by_customer',
      metadata: { orderId: payment.orderId, paymentId: payment.id, why: input.reason },
    },
    { idempotencyKey: input.idempotencyKey },
  );
  await tx.refund.create({
    data: {
      paymentId: payment.id,
      orderId: payment.orderId,
      amountCents: refund.amount,
      currency: refund.currency.toUpperCase(),
      reason: input.reason,
      status: refund.status === 'succeeded' ? 'SUCCEEDED' : refund.status === 'failed' ? 'FAILED' : 'PENDING',
      providerRef: refund.id,
      idempotencyKey: input.idempotencyKey,
    },
  });
  await tx.orderEvent.create({
    data: { orderId: payment.orderId, type: 'refunded', data: { amountCents: refund.amount, reason: input.reason, automatic: true } },
  });
}
