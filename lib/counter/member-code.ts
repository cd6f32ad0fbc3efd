import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { keyedDigest } from '@/lib/security/app-secret';

// The code on a customer's account page (as a QR code and as text): staff scan it at the counter
// to attach the customer to a sale, a hand-over or a return. It names the account and carries a
// signature, so a made-up code finds nobody; it never expires, so a screenshot works offline.

const PREFIX = 'DJM1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function signature(userId: string): string {
  return keyedDigest('member-card', userId, 'base64url').slice(0, 16);
}

/** The member code of an account, e.g. `DJM1.<user id>.<signature>`. */
export function memberCode(userId: string): string {
  return `${PREFIX}.${userId}.${signature(userId)}`;
}

/** The account a scanned or typed member code names; null when it is not one of ours. */
export function readMemberCode(text: string): string | null {
  const [prefix, userId, given, ...rest] = text.trim().split('.');
  if (prefix?.toUpperCase() !== PREFIX || rest.length > 0 || !userId || !given) return null;
  const id = userId.toLowerCase();
  if (!UUID.test(id)) return null;
  const expected = Buffer.from(signature(id));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? id : null;
}
