import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { cartUnitCount, isUuid, lockCart } from './cart-db';
import type { CartChange, CartRef } from './types';

/** Removes a line from the caller's cart. Any id not in that cart is NOT_FOUND and changes nothing. */
export async function removeCartItem(cartRef: CartRef, itemId: string): Promise<CartChange> {
  if (!isUuid(itemId)) throw new AppError('NOT_FOUND');

  return prisma.$transaction(async (tx) => {
    const cartId = await lockCart(tx, cartRef, { create: false });
    if (!cartId) throw new AppError('NOT_FOUND');
    const { count } = await tx.cartItem.deleteMany({ where: { id: itemId, cartId } });
    if (count === 0) throw new AppError('NOT_FOUND');
    return { itemCount: await cartUnitCount(tx, cartId), itemId: null, quantity: 0, limitedBy: null, available: 0 };
  });
}
