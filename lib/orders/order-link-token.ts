import 'server-only';
import { createHmac } from 'node:crypto';
import { hashToken } from '@/lib/auth/tokens';

/**
 * The secret in an order's link (a guest's key to the order's page). It is derived from the
 * order's id with the app's secret, so every e-mail about the order (confirmation, ready for
 * pickup, receipts, a link asked for again) carries the same working link, and the link itself
 * is never stored: orders keep only its hash, which is what a visitor's token is checked against.
 */
export function orderLinkToken(orderId: string): { token: string; hash: string } {
  const token = createHmac('sha256', linkSecret()).update(`order-link:${orderId}`).digest('base64url');
  return { token, hash: hashToken(token) };
}

function linkSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (secret) return secret;
  if (process.env.NODE_ENV === 'production') throw new Error('NEXTAUTH_SECRET is not set: order links cannot be made.');
  return 'digijalka-development-order-links';
}
