import 'server-only';
import { cookies } from 'next/headers';

// The guest cart's cookie holds a random token; the database keeps only its SHA-256.

export const CART_COOKIE = 'dj_cart';
const MAX_AGE_SECONDS = 60 * 24 * 3600;
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/** The guest token from the request's cookie, or null (also for a malformed value). */
export async function readCartToken(): Promise<string | null> {
  const value = (await cookies()).get(CART_COOKIE)?.value;
  return value && TOKEN_FORMAT.test(value) ? value : null;
}

/** Sets the guest token's cookie (after its cart was created). Only in server actions and route handlers. */
export async function writeCartToken(token: string): Promise<void> {
  (await cookies()).set(CART_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production',
    path: '/',
    maxAge: MAX_AGE_SECONDS,
  });
}

/**
 * Forgets the guest token (after it was merged into a user's cart). Server components cannot
 * change cookies; there this does nothing, and the stale token simply finds no cart.
 */
export async function clearCartToken(): Promise<void> {
  try {
    (await cookies()).delete(CART_COOKIE);
  } catch {
    // Rendering a server component: cookies are read-only.
  }
}
