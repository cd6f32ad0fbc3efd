import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The secret in the link that confirms a guest's pay-at-pickup order. Derived from the order's id
 * with the app's secret (like the order's own link, but a different one: the order's page is
 * shown to the browser that placed the order, this one only reaches the e-mail's inbox), so it
 * is never stored.
 */
export function pickupConfirmToken(orderId: string): string {
  return createHmac('sha256', secret()).update(`order-confirm:${orderId}`).digest('base64url');
}

export function isPickupConfirmToken(orderId: string, token: string): boolean {
  const expected = Buffer.from(pickupConfirmToken(orderId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (value) return value;
  if (process.env.NODE_ENV === 'production') throw new Error('NEXTAUTH_SECRET is not set: order links cannot be made.');
  return 'digijalka-development-order-links';
}
