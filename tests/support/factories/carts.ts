import { newLinkToken } from '@/lib/auth/tokens';
import { cartWhere } from '@/lib/cart/cart-db';
import type { CartRef } from '@/lib/cart/types';
import { prisma } from '@/lib/db';

/** A fresh guest's cart reference (a random token, as the `dj_cart` cookie would hold). */
export function newGuestRef(): CartRef & { guestToken: string } {
  return { guestToken: newLinkToken().token };
}

/** The lines of the cart a reference points at, oldest first ([] when there is no cart). */
export async function cartLines(ref: CartRef) {
  return prisma.cartItem.findMany({
    where: { cart: cartWhere(ref) },
    orderBy: { createdAt: 'asc' },
    select: { id: true, variantId: true, quantity: true, priceCentsAtAdd: true },
  });
}

/** Everything in every cart, to show that a refused change changed nothing. */
export async function allCartRows() {
  const [carts, items] = await Promise.all([
    prisma.cart.findMany({ orderBy: { id: 'asc' }, select: { id: true, userId: true, token: true } }),
    prisma.cartItem.findMany({ orderBy: { id: 'asc' }, select: { id: true, cartId: true, variantId: true, quantity: true, priceCentsAtAdd: true } }),
  ]);
  return { carts, items };
}
