import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { availableToSell } from './available-to-sell';
import { cartUnitCount, isUuid, lockCart } from './cart-db';
import { isValidQuantity, MAX_LINE_QUANTITY } from './quantity-limits';
import { recordContentAdd } from './record-content-add';
import type { CartChange, CartRef } from './types';

/** Where the shopper pressed "add to cart": a story, guide or event page (attribution). */
export type AddToCartSource = { contentId?: string };

/**
 * Adds units of a variant to the cart (created on first add). The line is capped by what is
 * available to sell and by 99 (a line above what is available now comes down to it); the result
 * says when the shopper got less than asked. The price is the variant's current price, read
 * here: a client never sends one.
 * Throws NOT_FOUND (no such variant), PRODUCT_UNAVAILABLE (not on sale) or OUT_OF_STOCK
 * (none available); then nothing changes.
 */
export async function addToCart(
  cartRef: CartRef,
  variantId: string,
  quantity: number,
  source: AddToCartSource = {},
): Promise<CartChange> {
  if (!isValidQuantity(quantity)) throw new AppError('VALIDATION', 'quantityInvalid', 'quantity');
  if (!isUuid(variantId)) throw new AppError('NOT_FOUND');

  return prisma.$transaction(async (tx) => {
    const variant = await tx.productVariant.findUnique({
      where: { id: variantId },
      select: { id: true, priceCents: true, active: true, product: { select: { status: true } } },
    });
    if (!variant) throw new AppError('NOT_FOUND');
    if (!variant.active || variant.product.status !== 'ACTIVE') throw new AppError('PRODUCT_UNAVAILABLE');

    const cartId = await lockCart(tx, cartRef, { create: true });
    if (!cartId) throw new AppError('NOT_FOUND');
    const existing = await tx.cartItem.findUnique({
      where: { cartId_variantId: { cartId, variantId } },
      select: { quantity: true },
    });
    const before = existing?.quantity ?? 0;
    const available = (await availableToSell(tx, [variantId])).get(variantId) ?? 0;
    const wanted = before + quantity;
    const allowed = Math.min(wanted, available, MAX_LINE_QUANTITY);
    if (allowed <= 0) throw new AppError('OUT_OF_STOCK');

    const limitedBy = wanted <= allowed ? null : available < Math.min(wanted, MAX_LINE_QUANTITY) ? 'stock' : 'maximum';
    // Adding again refreshes the remembered price: the shopper has just seen the current one.
    const contentId = await recordContentAdd(tx, source.contentId, variantId, allowed - before);
    const item = await tx.cartItem.upsert({
      where: { cartId_variantId: { cartId, variantId } },
      create: { cartId, variantId, quantity: allowed, priceCentsAtAdd: variant.priceCents, contentId },
      update: { quantity: allowed, priceCentsAtAdd: variant.priceCents, ...(contentId ? { contentId } : {}) },
      select: { id: true, quantity: true },
    });
    return { itemCount: await cartUnitCount(tx, cartId), itemId: item.id, quantity: item.quantity, limitedBy, available };
  });
}
