import 'server-only';
import { clearCartToken, readCartToken } from './cart-cookie';
import { mergeGuestCart } from './merge-guest-cart';

/**
 * next-auth's `events.signIn`: runs in the sign-in route handler, where the guest cookie can be
 * read and cleared. Outside a request (no cookies) it does nothing.
 */
export async function mergeGuestCartAtSignIn(userId: string): Promise<void> {
  let token: string | null;
  try {
    token = await readCartToken();
  } catch {
    return;
  }
  if (!token) return;
  await mergeGuestCart(userId, token);
  await clearCartToken();
}
