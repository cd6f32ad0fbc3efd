import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/lib/db';
import { appUrl } from '@/lib/email/translator';
import { AppError } from '@/lib/errors';
import { checkoutCancelUrl } from './checkout-cancel-token';
import { checkoutLineItems } from './checkout-line-items';
import { idempotencyKeys, isStripeInvalidRequest, stripe, stripeConfigured, type CheckoutSession } from './stripe';

// Stripe's minimum lifetime of a session is 30 minutes from its creation; a minute more keeps a
// slow request from falling under it. Stock is held for less (checkout.reservationMinutes):
// a payment after that is handled as a late payment by the webhook.
const SESSION_LIFETIME_SECONDS = 31 * 60;

/**
 * Starts paying an order on Stripe's hosted payment page and returns its address. The amount
 * comes from the order's lines and totals in the database (never from the client). An order
 * that already has an open session gets that one again (a second click, the back button), so
 * one order never has two payable sessions at once.
 * `lifetimeSeconds`: how long the page can be paid (Stripe allows 30 minutes to 24 hours; an
 * e-mailed payment link uses the most). Throws ORDER_NOT_PAYABLE when the order is not waiting for payment, PAYMENT_UNAVAILABLE when
 * Stripe is not configured or does not answer.
 */
export async function startCheckoutSession(orderId: string, locale: AppLocale, options: { lifetimeSeconds?: number } = {}): Promise<{ url: string }> {
  if (!stripeConfigured()) throw new AppError('PAYMENT_UNAVAILABLE');
  const order = await prisma.order.findUnique({
    where: { id: orderId },
    include: { lines: { orderBy: { id: 'asc' } } },
  });
  if (!order) throw new AppError('NOT_FOUND');
  if (order.status !== 'PENDING_PAYMENT') throw new AppError('ORDER_NOT_PAYABLE');

  const reused = await openSessionUrl(order.id);
  if (reused) return { url: reused };

  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: 'checkout.payment' });
  const lineItems = checkoutLineItems(order, t(`shipping.${order.fulfilment}`));
  const payment = await prisma.payment.create({
    data: { orderId: order.id, provider: 'STRIPE', amountCents: order.totalCents, currency: order.currency },
  });

  let session: CheckoutSession;
  try {
    session = await stripe().checkout.sessions.create(
      {
        mode: 'payment',
        line_items: lineItems,
        client_reference_id: order.id,
        metadata: { orderId: order.id, orderNumber: String(order.number), paymentId: payment.id },
        payment_intent_data: { metadata: { orderId: order.id, orderNumber: String(order.number) } },
        customer_email: order.email,
        locale,
        // Stripe puts the session's id in place of {CHECKOUT_SESSION_ID}; the confirmation page
        // checks that it belongs to the order (verifyCheckoutSessionForOrder).
        success_url: `${appUrl(`/order/${order.number}`, locale)}?session_id={CHECKOUT_SESSION_ID}`,
        cancel_url: checkoutCancelUrl(order.id, locale),
        expires_at: Math.floor(Date.now() / 1000) + (options.lifetimeSeconds ?? SESSION_LIFETIME_SECONDS),
      },
      { idempotencyKey: idempotencyKeys.checkoutSession(payment.id) },
    );
  } catch (error) {
    await prisma.payment.update({ where: { id: payment.id }, data: { status: 'FAILED' } });
    console.error(`Stripe did not create a Checkout Session for order ${order.number}:`, error);
    throw new AppError('PAYMENT_UNAVAILABLE');
  }

  if (session.amount_total !== order.totalCents || session.currency !== order.currency.toLowerCase() || !session.url) {
    // Never send the shopper to pay another sum than the order's.
    await stripe().checkout.sessions.expire(session.id, {}, { idempotencyKey: idempotencyKeys.expireSession(session.id) }).catch(() => undefined);
    await prisma.payment.update({ where: { id: payment.id }, data: { status: 'FAILED', providerRef: session.id } });
    console.error(
      `Checkout Session ${session.id} for order ${order.number} has ${session.amount_total} ${session.currency}, ` +
        `the order ${order.totalCents} ${order.currency}: not used.`,
    );
    throw new AppError('PAYMENT_UNAVAILABLE');
  }
  await prisma.payment.update({ where: { id: payment.id }, data: { providerRef: session.id } });
  return { url: session.url };
}

/**
 * The address of the order's session that can still be paid, if there is one. Sessions that
 * expired are marked CANCELLED, and a payment row left without a session (the process died
 * before Stripe answered) too: nobody was ever sent to pay it.
 */
async function openSessionUrl(orderId: string): Promise<string | null> {
  const pending = await prisma.payment.findMany({
    where: { orderId, provider: 'STRIPE', status: 'PENDING' },
    orderBy: { createdAt: 'desc' },
  });
  for (const payment of pending) {
    if (!payment.providerRef) {
      // Younger than a minute: another request for this order may still be waiting for Stripe.
      if (payment.createdAt.getTime() < Date.now() - 60_000) {
        await prisma.payment.update({ where: { id: payment.id }, data: { status: 'CANCELLED' } });
      }
      continue;
    }
    let session: CheckoutSession;
    try {
      session = await stripe().checkout.sessions.retrieve(payment.providerRef);
    } catch (error) {
      if (!isStripeInvalidRequest(error)) throw new AppError('PAYMENT_UNAVAILABLE');
      await prisma.payment.update({ where: { id: payment.id }, data: { status: 'CANCELLED' } });
      continue;
    }
    const stillOpen = session.status === 'open' && session.expires_at > Date.now() / 1000 + 60;
    if (stillOpen && session.url) return session.url;
    // Paid, but the webhook has not been processed yet: do not open a second payment.
    if (session.status === 'complete') throw new AppError('ORDER_NOT_PAYABLE');
    if (session.status === 'open') {
      // About to expire: close it now rather than have two payable sessions for a moment.
      const closed = await stripe()
        .checkout.sessions.expire(session.id, {}, { idempotencyKey: idempotencyKeys.expireSession(session.id) })
        .then(() => true, () => false);
      if (!closed) throw new AppError('PAYMENT_UNAVAILABLE');
    }
    await prisma.payment.update({ where: { id: payment.id }, data: { status: 'CANCELLED' } });
  }
  return null;
}
