// A guest's first server action gets its cart token from the proxy, before the action runs: a
// cookie set inside a server action makes Next.js render the whole page again into the action's
// answer (for a product page about 30 kB, and ten times the work of the add itself). With the
// token already in the request, the add-to-cart action finds it and sets no cookie.
import type { NextRequest } from 'next/server';
import { newLinkToken } from '@/lib/auth/tokens';
import { CART_COOKIE, CART_TOKEN_FORMAT } from './cart-cookie-settings';

/** A new guest cart token for a server action from a visitor with neither a cart cookie nor a session; otherwise null. */
export function cartTokenForAction(request: NextRequest): string | null {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return null;
  const current = request.cookies.get(CART_COOKIE)?.value;
  if (current && CART_TOKEN_FORMAT.test(current)) return null;
  // Signed in (next-auth's cookie, possibly split into .0, .1 …): the cart is the user's.
  if (request.cookies.getAll().some((cookie) => cookie.name.includes('next-auth.session-token'))) return null;
  return newLinkToken().token;
}
