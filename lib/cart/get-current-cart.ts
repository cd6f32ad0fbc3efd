import 'server-only';
import { getCart } from './get-cart';
import { resolveCartRef } from './resolve-cart-ref';
import type { CartView } from './types';

/**
 * The visitor's own cart (by session or guest cookie), or null when they have none. For server
 * components, route handlers and actions; it reads cookies, so a page that calls it is dynamic.
 */
export async function getCurrentCart(locale: 'fi' | 'en'): Promise<CartView | null> {
  const cartRef = await resolveCartRef();
  return cartRef ? getCart(cartRef, locale) : null;
}
