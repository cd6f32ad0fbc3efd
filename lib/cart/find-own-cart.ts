import 'server-only';
import { prisma } from '@/lib/db';
import { cartWhere } from './cart-db';
import type { CartRef } from './types';

/** The id of the cart a reference points at and whether it has lines; null when there is none. */
export async function findOwnCart(cartRef: CartRef): Promise<{ id: string; empty: boolean } | null> {
  const cart = await prisma.cart.findFirst({
    where: cartWhere(cartRef),
    select: { id: true, items: { select: { id: true }, take: 1 } },
  });
  return cart ? { id: cart.id, empty: cart.items.length === 0 } : null;
}
