// Signs the job's "regenerate the content pages" request to the app's own route: an HMAC-SHA256
// of the timestamp and body with the app's secret (NEXTAUTH_SECRET). Only something that knows
// the secret can ask; a request older than five minutes is refused (no replays).
import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-digijalka-signature';
export const TIMESTAMP_HEADER = 'x-digijalka-timestamp';
const MAX_AGE_MS = 5 * 60_000;

function secret(): string | null {
  return process.env.NEXTAUTH_SECRET || null;
}

export function signRevalidation(timestamp: string, body: string): string | null {
  const key = secret();
  return key ? createHmac('sha256', key).update(`${timestamp}.${body}`).digest('hex') : null;
}

/** True when the signature is the secret's HMAC of a recent timestamp and this body. */
export function verifyRevalidation(timestamp: string | null, signature: string | null, body: string, now: Date = new Date()): boolean {
  if (!timestamp || !signature || !/^\d{1,15}$/.test(timestamp)) return false;
  if (Math.abs(now.getTime() - Number(timestamp)) > MAX_AGE_MS) return false;
  const expected = signRevalidation(timestamp, body);
  if (!expected || !/^[0-9a-f]{64}$/.test(signature)) return false;
  return timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(signature, 'hex'));
}
