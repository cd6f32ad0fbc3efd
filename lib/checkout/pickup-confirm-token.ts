import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { keyedDigest } from '@/lib/security/app-secret';

/**
 * The secret in the link that confirms a guest's pay-at-pickup order. Derived from the order's id
 * with the app's secret (like the order's own link, but a different one: the order's page is
 * shown to the browser that placed the order, this one only reaches the e-mail's inbox), so it
 * is never stored.
 */
export function pickupConfirmToken(orderId: string): string {
  return keyedDigest('order-confirm', orderId, 'base64url');
}

export function isPickupConfirmToken(orderId: string, token: string): boolean {
  const expected = Buffer.from(pickupConfirmToken(orderId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
