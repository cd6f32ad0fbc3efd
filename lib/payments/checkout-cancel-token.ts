import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import type { AppLocale } from '@/i18n/routing';
import { appUrl } from '@/lib/email/translator';
import { keyedDigest } from '@/lib/security/app-secret';

// The "cancel payment" link that Stripe's page sends the shopper back to carries a signature of
// the order id, so only the browser that was sent to pay can cancel the order through it (an
// order id seen elsewhere is not enough). Signed with the app's secret (NEXTAUTH_SECRET).

function sign(orderId: string): string {
  return keyedDigest('checkout-cancel', orderId, 'base64url');
}

/** Where Stripe's "back" link goes: our route that cancels the order and returns to the cart. */
export function checkoutCancelUrl(orderId: string, locale: AppLocale): string {
  const query = new URLSearchParams({ order: orderId, token: sign(orderId) });
  return `${appUrl('/checkout/cancelled/return', locale)}?${query}`;
}

export function isValidCheckoutCancelToken(orderId: string, token: string): boolean {
  const expected = Buffer.from(sign(orderId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
