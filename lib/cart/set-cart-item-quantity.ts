import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { availableToSell } from './available-to-sell';
import { cartUnitCount, isUuid, lockCart } from './cart-db';
import { isValidQuantity } from './quantity-limits';
import type { CartChange, CartRef } from './types';

/**
 * Sets a line's quantity (1..99), capped by what is available to sell. The line must belong to
 * the caller's cart: any other id is NOT_FOUND and changes nothing. A line whose product is no
 * longer on sale can only be removed (PRODUCT_UNAVAILABLE); with none available, OUT_OF_STOCK.
 */
export async function setCartItemQuantity(cartRef: CartRef, itemId: string, quantity: number): Promise<CartChange> {
  if (!isValidQuantity(quantity)) throw new AppError('VALIDATION', 'quantityInvalid', 'quantity');
  if (!isUuid(itemId)) throw new AppError('NOT_FOUND');

  return prisma.$transaction(async (tx) => {
    const cartId = await lockCart(tx, cartRef, { create: false });
    if (!cartId) throw new AppError('NOT_FOUND');
    const item = await tx.cartItem.findFirst({
      where: { id: itemId, cartId },
      select: { id: true, variantId: true, variant: { select: { active: true, product: { select: { status: true } } } } },
    });
    if (!item) throw new AppError('NOT_FOUND');
    if (!item.variant.active || item.variant.product.status !== 'ACTIVE') throw new AppError('PRODUCT_UNAVAILABLE');

    const available = (await availableToSell(tx, [item.variantId])).get(item.variantId) ?? 0;
    if (available <= 0) throw new AppError('OUT_OF_STOCK');
    const allowed = Math.min(quantity, available);
    await tx.cartItem.update({ where: { id: item.id }, data: { quantity: allowed } });
    return {
      itemCount: await cartUnitCount(tx, cartId),
      itemId: item.id,
      quantity: allowed,
      limitedBy: allowed < quantity ? 'stock' : null,
      available,
    };
  });
}
