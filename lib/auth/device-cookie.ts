import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';

// Device cookies (OWASP's "Slow Brute Force" guidance): a browser that has signed in to an
// account gets a signed cookie naming that account. Failed sign-ins are counted per device
// cookie for browsers that have one, and per account only for browsers that have none, so an
// attacker failing on an account from elsewhere cannot lock its holder out of a browser they
// have signed in from before. One cookie holds the entries of up to five accounts (a shared
// computer); each successful sign-in replaces its account's entry with a new nonce.

export const DEVICE_COOKIE = 'digijalka_device';
export const DEVICE_COOKIE_MAX_AGE_DAYS = 365;
const MAX_ENTRIES = 5;

type Entry = { userId: string; issuedAt: number; nonce: string; raw: string };

function key(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (secret) return `device-cookie:${secret}`;
  if (process.env.NODE_ENV === 'production') throw new Error('NEXTAUTH_SECRET is not set: device cookies cannot be signed.');
  return 'digijalka-development-device-cookies';
}

function signature(payload: string): string {
  return createHmac('sha256', key()).update(payload).digest('base64url');
}

function parse(value: string | null | undefined, now: number): Entry[] {
  if (!value || value.length > 2_000) return [];
  const entries: Entry[] = [];
  for (const raw of value.split('~')) {
    const [userId, issued, nonce, mac] = raw.split('.');
    if (!userId || !issued || !nonce || !mac) continue;
    const expected = Buffer.from(signature(`${userId}.${issued}.${nonce}`));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) continue;
    const issuedAt = parseInt(issued, 36) * 1000;
    if (!(issuedAt <= now + 60_000 && now - issuedAt <= DEVICE_COOKIE_MAX_AGE_DAYS * 86_400_000)) continue;
    entries.push({ userId, issuedAt, nonce, raw });
  }
  return entries;
}

/** The nonce of a valid device cookie entry for this account, or null (an untrusted client). */
export function deviceFor(cookieValue: string | null | undefined, userId: string, now = Date.now()): string | null {
  return parse(cookieValue, now).find((entry) => entry.userId === userId)?.nonce ?? null;
}

/** The cookie's value after a successful sign-in to `userId`: a fresh entry for it, the others kept. */
export function withDevice(cookieValue: string | null | undefined, userId: string, now = Date.now()): string {
  const issued = Math.floor(now / 1000).toString(36);
  const nonce = randomBytes(16).toString('base64url');
  const entry = `${userId}.${issued}.${nonce}.${signature(`${userId}.${issued}.${nonce}`)}`;
  const others = parse(cookieValue, now)
    .filter((other) => other.userId !== userId)
    .sort((a, b) => b.issuedAt - a.issuedAt)
    .slice(0, MAX_ENTRIES - 1)
    .map((other) => other.raw);
  return [entry, ...others].join('~');
}

export function deviceCookieOptions() {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    path: '/',
    secure: (process.env.NEXTAUTH_URL ?? '').startsWith('https://'),
    maxAge: DEVICE_COOKIE_MAX_AGE_DAYS * 86_400,
  };
}

/**
 * Gives the browser of the current request (a route handler or server action) a device cookie
 * for this account. Outside a request (scripts, tests) there is no browser: nothing happens.
 */
export async function rememberDevice(userId: string): Promise<void> {
  let jar;
  try {
    jar = await cookies();
  } catch {
    return;
  }
  jar.set(DEVICE_COOKIE, withDevice(jar.get(DEVICE_COOKIE)?.value, userId), deviceCookieOptions());
}

/** The device cookie of the current request, if any (undefined outside a request). */
export async function currentDeviceCookie(): Promise<string | undefined> {
  try {
    return (await cookies()).get(DEVICE_COOKIE)?.value;
  } catch {
    return undefined;
  }
}
