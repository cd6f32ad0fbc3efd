import 'server-only';
import { prisma } from '@/lib/db';
import { cancelPendingOrder } from '@/lib/orders/cancel-pending-order';
import { markOrderPaid, type MarkOrderPaidOutcome } from '@/lib/orders/mark-order-paid';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';
import { findSessionPayment } from './find-session-payment';
import { recordRefund } from './record-refund';
import { sendRefund } from './send-refund';
import { idempotencyKeys, isStripeInvalidRequest, stripe, type CheckoutSession, type StripeEvent } from './stripe';

const PAID_EVENTS = new Set(['checkout.session.completed', 'checkout.session.async_payment_succeeded']);
const UNPAID_EVENTS = new Set(['checkout.session.expired', 'checkout.session.async_payment_failed']);

export type StripeEventResult =
  /** A type we do not act on, or a session that is not one of ours. */
  | { status: 'ignored' }
  /** This event id was processed before: nothing changed. */
  | { status: 'duplicate' }
  | { status: 'processed'; orderId: string; outcome: MarkOrderPaidOutcome | 'cancelled' | 'unchanged'; emails?: string[]; refundId?: string };

/** The Stripe object's amount or currency is not the order's: answered 400, nothing changes. */
export class PaymentMismatchError extends Error {
  name = 'PaymentMismatchError';
}

/**
 * Acts on a verified Stripe event about a Checkout Session. The session is read again from
 * Stripe and its current state decides (events may come late, twice, or out of order): paid ->
 * the order is marked paid; expired or failed -> a still pending order is cancelled and its
 * stock given back. The event id is recorded in the same transaction as the effects, so a
 * second delivery is a no-op. A payment that cannot be honoured (paid after the hold expired
 * and the stock is gone, or a second payment of a paid order) is refunded: recorded in that
 * transaction, paid by Stripe right after it.
 */
export async function handleStripeEvent(event: StripeEvent): Promise<StripeEventResult> {
  if (!PAID_EVENTS.has(event.type) && !UNPAID_EVENTS.has(event.type)) return { status: 'ignored' };
  if (await prisma.processedWebhookEvent.findUnique({ where: { provider_eventId: { provider: 'stripe', eventId: event.id } } })) {
    return { status: 'duplicate' };
  }
  const sent = event.data.object as CheckoutSession;
  const session = await stripe()
    .checkout.sessions.retrieve(sent.id)
    .catch((error: unknown) => {
      if (isStripeInvalidRequest(error)) return null; // Stripe does not know it (another account or mode)
      throw error;
    });
  const payment = session ? await findSessionPayment(session) : null;
  if (!session || !payment) {
    console.warn(`Stripe event ${event.id} (${event.type}) is about session ${sent.id}, which is not one of our payments: ignored.`);
    await prisma.processedWebhookEvent.createMany({ data: [{ provider: 'stripe', eventId: event.id, type: event.type }], skipDuplicates: true });
    return { status: 'ignored' };
  }
  assertSameMoney(payment, [sent, session]);

  const orderId = payment.orderId;
  const result = await prisma.$transaction(
    async (tx): Promise<StripeEventResult> => {
      const recorded = await tx.processedWebhookEvent.createMany({
        data: [{ provider: 'stripe', eventId: event.id, type: event.type }],
        skipDuplicates: true,
      });
      if (recorded.count === 0) return { status: 'duplicate' };
      if (payment.providerRef !== session.id) {
        await tx.payment.update({ where: { id: payment.id }, data: { providerRef: session.id } });
      }

      if (session.payment_status === 'paid') {
        const outcome = await markOrderPaid(tx, { orderId, paymentId: payment.id });
        let refundId: string | undefined;
        if (outcome === 'stock-gone' || outcome === 'paid-twice') {
          const lateKey = idempotencyKeys.lateRefund(orderId);
          const lateKeyUsed = await tx.refund.findFirst({ where: { idempotencyKey: lateKey, paymentId: { not: payment.id } } });
          const refund = await recordRefund(tx, {
            orderId,
            paymentId: payment.id,
            amountCents: payment.amountCents,
            idempotencyKey: outcome === 'stock-gone' && !lateKeyUsed ? lateKey : idempotencyKeys.duplicateRefund(payment.id),
            reason: outcome === 'stock-gone' ? 'late_payment_stock_gone' : 'duplicate_payment',
          });
          refundId = refund.id;
        }
        // The e-mails this transaction queued (the confirmation), to be sent right after it commits.
        const queued = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM outbox_messages WHERE status = 'PENDING' AND xmin = pg_current_xact_id()::xid`;
        return { status: 'processed', orderId, outcome, emails: queued.map((row) => row.id), refundId };
      }

      const failed = event.type === 'checkout.session.async_payment_failed';
      if (session.status === 'expired' || failed) {
        const cancelled = await cancelPendingOrder(tx, { orderId, reason: failed ? 'payment_failed' : 'payment_expired' });
        await tx.payment.updateMany({ where: { id: payment.id, status: 'PENDING' }, data: { status: failed ? 'FAILED' : 'CANCELLED' } });
        return { status: 'processed', orderId, outcome: cancelled ? 'cancelled' : 'unchanged' };
      }
      // Completed, but a delayed payment method has not paid yet: async_payment_* follows.
      return { status: 'processed', orderId, outcome: 'unchanged' };
    },
    { timeout: 30_000, maxWait: 10_000 },
  );

  // Stripe cannot take part in our transaction: the refund is paid once the order's state is saved
  // (should this fail, the refund stays pending with the reason, for staff to retry).
  if (result.status === 'processed' && result.refundId) await sendRefund(result.refundId);
  if (result.status === 'processed' && result.emails?.length) await sendOutboxSoon(result.emails);
  return result;
}

function assertSameMoney(payment: { amountCents: number; currency: string; order: { totalCents: number; currency: string } }, sessions: CheckoutSession[]) {
  const currency = payment.currency.toLowerCase();
  const orderMatches = payment.order.totalCents === payment.amountCents && payment.order.currency.toLowerCase() === currency;
  const stripeMatches = sessions.every(
    (s) => (s.amount_total === undefined || s.amount_total === payment.amountCents) && (s.currency === undefined || s.currency === currency),
  );
  if (!orderMatches || !stripeMatches) {
    const seen = sessions.map((s) => `${s.amount_total} ${s.currency}`).join(' / ');
    console.error(`Stripe session ${sessions[1]?.id ?? sessions[0]?.id}: amount ${seen}, our payment ${payment.amountCents} ${currency}. Nothing changed.`);
    throw new PaymentMismatchError('The amount or currency does not match the order.');
  }
}
