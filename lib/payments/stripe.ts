import 'server-only';
import Stripe from 'stripe';

// The only module that imports the Stripe SDK.
//
// Decision: we take card payments with Stripe Checkout Sessions (Stripe's hosted payment page),
// not the Payment Element. Our pages load no Stripe.js at all (the shopper's JavaScript stays
// small), card data never touches our pages (the smallest PCI scope, SAQ A), and the payment
// methods Stripe offers in Finland (cards, MobilePay, Apple Pay, Google Pay, ...) are switched
// on in the Stripe Dashboard without code: we do not pass payment_method_types.
//
// Configuration: STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET. Tests point the SDK at a fake
// Stripe server (tests/support/fake-stripe.ts) with STRIPE_API_HOST, STRIPE_API_PORT and
// STRIPE_API_PROTOCOL.

export type { Stripe };
export type CheckoutSession = Stripe.Checkout.Session;
export type StripeEvent = Stripe.Event;

let client: Stripe | undefined;

/** True when card payments can be taken: both the secret key and the webhook secret are set. */
export function stripeConfigured(): boolean {
  return Boolean(process.env.STRIPE_SECRET_KEY && process.env.STRIPE_WEBHOOK_SECRET);
}

/** The Stripe client, created on first use. */
export function stripe(): Stripe {
  if (client) return client;
  const key = process.env.STRIPE_SECRET_KEY;
  if (!key) throw new Error('STRIPE_SECRET_KEY is not set: card payments are not configured.');
  const protocol = process.env.STRIPE_API_PROTOCOL;
  client = new Stripe(key, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: 'Digijalka' },
    host: process.env.STRIPE_API_HOST || undefined,
    port: process.env.STRIPE_API_PORT || undefined,
    protocol: protocol === 'http' || protocol === 'https' ? protocol : undefined,
  });
  return client;
}

/**
 * Verifies a webhook's signature on its raw body and returns the event. Throws
 * Stripe's signature error for a bad signature or a timestamp older than the default
 * tolerance (300 s), which is what makes a replayed delivery useless.
 */
export function constructWebhookEvent(rawBody: string, signature: string | null): StripeEvent {
  const secret = process.env.STRIPE_WEBHOOK_SECRET;
  if (!secret) throw new Error('STRIPE_WEBHOOK_SECRET is not set.');
  return stripe().webhooks.constructEvent(rawBody, signature ?? '', secret);
}

/** Stripe's own error classes, for telling a refused request from a network failure. */
export function isStripeInvalidRequest(error: unknown): error is Stripe.errors.StripeInvalidRequestError {
  return error instanceof Stripe.errors.StripeInvalidRequestError;
}

export function isSignatureError(error: unknown): error is Stripe.errors.StripeSignatureVerificationError {
  return error instanceof Stripe.errors.StripeSignatureVerificationError;
}

/** Idempotency keys come from our own ids, so a retried call never creates a second object. */
export const idempotencyKeys = {
  checkoutSession: (paymentId: string) => `checkout-session-${paymentId}`,
  expireSession: (sessionId: string) => `expire-${sessionId}`,
  lateRefund: (orderId: string) => `refund-late-${orderId}`,
  duplicateRefund: (paymentId: string) => `refund-duplicate-${paymentId}`,
};
