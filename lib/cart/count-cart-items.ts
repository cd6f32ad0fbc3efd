import 'server-only';
import { prisma } from '@/lib/db';
import { cartWhere } from './cart-db';
import type { CartRef } from './types';

/** The units in the cart a reference points at (0 when it has none), for the header badge. */
export async function countCartItems(cartRef: CartRef): Promise<number> {
  const result = await prisma.cartItem.aggregate({ where: { cart: cartWhere(cartRef) }, _sum: { quantity: true } });
  return result._sum.quantity ?? 0;
}
