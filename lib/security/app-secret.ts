import 'server-only';
import { createHmac } from 'node:crypto';

/** Only where NEXTAUTH_SECRET is unset outside production (development, tests). */
const DEVELOPMENT_SECRET = 'digijalka-development-order-links';

/**
 * The app's secret (NEXTAUTH_SECRET). It keys the links, codes and signatures that are never
 * stored in the clear, so that a copy of the database is not enough to forge or reverse them.
 */
export function appSecret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (value) return value;
  if (process.env.NODE_ENV === 'production') throw new Error('NEXTAUTH_SECRET is not set: links and codes cannot be signed.');
  return DEVELOPMENT_SECRET;
}

/** HMAC-SHA-256 of `purpose:value` under the app's secret; the purpose keeps one kind of token from passing for another. */
export function keyedDigest(purpose: string, value: string, encoding: 'hex' | 'base64url'): string {
  return createHmac('sha256', appSecret()).update(`${purpose}:${value}`).digest(encoding);
}
