import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/lib/db';
import { queueEmail } from '@/lib/email/outbox';
import { paymentLinkEmail } from '@/lib/email/templates/payment-link';
import { startCheckoutSession } from '@/lib/payments/start-checkout-session';

/** Stripe lets a payment page live 24 hours at most; a minute less keeps a slow request inside it. */
const LINK_LIFETIME_SECONDS = 24 * 60 * 60 - 60;

/**
 * Opens a Stripe payment page for an order placed at the counter and queues the e-mail with its
 * link to the customer. Returns the message's id. PAYMENT_UNAVAILABLE when Stripe is not set up
 * or does not answer (the order then waits unpaid until its hold runs out).
 */
export async function sendPaymentLink(orderId: string, storeId: string): Promise<string> {
  const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, select: { number: true, locale: true, email: true, name: true, totalCents: true, currency: true } });
  const store = await prisma.store.findUniqueOrThrow({ where: { id: storeId }, select: { name: true } });
  const locale: AppLocale = order.locale;
  const { url } = await startCheckoutSession(orderId, locale, { lifetimeSeconds: LINK_LIFETIME_SECONDS });
  const message = await paymentLinkEmail({ orderId, locale, to: order.email, name: order.name, number: order.number, totalCents: order.totalCents, currency: order.currency, storeName: store.name, url });
  return queueEmail(message);
}
