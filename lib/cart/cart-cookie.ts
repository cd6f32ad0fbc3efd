import 'server-only';
import { cookies } from 'next/headers';
import { CART_COOKIE, CART_COOKIE_OPTIONS, CART_TOKEN_FORMAT } from './cart-cookie-settings';

/** The guest token from the request's cookie, or null (also for a malformed value). */
export async function readCartToken(): Promise<string | null> {
  const value = (await cookies()).get(CART_COOKIE)?.value;
  return value && CART_TOKEN_FORMAT.test(value) ? value : null;
}

/** Sets the guest token's cookie (after its cart was created). Only in server actions and route handlers. */
export async function writeCartToken(token: string): Promise<void> {
  (await cookies()).set(CART_COOKIE, token, CART_COOKIE_OPTIONS);
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
