import 'server-only';
import { getSessionUser } from '@/lib/auth/session';
import { clearCartToken, readCartToken } from './cart-cookie';
import { mergeGuestCart } from './merge-guest-cart';
import type { CartRef } from './types';

/**
 * The cart of whoever is asking, from the session and the `dj_cart` cookie; never from input.
 * Signed in: the user's cart (a guest cart still in the cookie is merged into it first, in case
 * the merge at sign-in did not run). Signed out: the cookie's guest cart. Null for a visitor
 * without either (the add action then starts a guest cart).
 */
export async function resolveCartRef(): Promise<CartRef | null> {
  const [user, token] = await Promise.all([getSessionUser(), readCartToken()]);
  if (user) {
    if (token) {
      await mergeGuestCart(user.id, token);
      await clearCartToken();
    }
    return { userId: user.id };
  }
  return token ? { guestToken: token } : null;
}
