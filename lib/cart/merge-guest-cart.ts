import 'server-only';
import { prisma } from '@/lib/db';
import { availableToSell } from './available-to-sell';
import { lockCart } from './cart-db';
import { MAX_LINE_QUANTITY } from './quantity-limits';

/**
 * Moves a guest cart into the user's cart when they sign in: quantities of the same variant are
 * added up, then capped by what is available to sell (at least 1 stays, so that a sold-out line
 * shows in the cart as such rather than vanishing) and by 99. The guest cart is deleted.
 * Returns the number of lines moved; 0 when the token names no guest cart (already merged).
 */
export async function mergeGuestCart(userId: string, guestToken: string): Promise<number> {
  return prisma.$transaction(async (tx) => {
    // Locked first: an add to the guest cart at this moment waits, and a second merge of the
    // same cart finds it gone.
    const guestCartId = await lockCart(tx, { guestToken }, { create: false });
    if (!guestCartId) return 0;
    const items = await tx.cartItem.findMany({
      where: { cartId: guestCartId },
      select: { variantId: true, quantity: true, priceCentsAtAdd: true, contentId: true },
      orderBy: { createdAt: 'asc' },
    });
    await tx.cart.delete({ where: { id: guestCartId } });
    if (items.length === 0) return 0;

    const cartId = await lockCart(tx, { userId }, { create: true });
    if (!cartId) return 0;
    const variantIds = items.map((item) => item.variantId);
    const [existing, available] = await Promise.all([
      tx.cartItem.findMany({ where: { cartId, variantId: { in: variantIds } }, select: { variantId: true, quantity: true } }),
      availableToSell(tx, variantIds),
    ]);
    const held = new Map(existing.map((item) => [item.variantId, item.quantity]));

    for (const item of items) {
      const sum = (held.get(item.variantId) ?? 0) + item.quantity;
      const quantity = Math.max(1, Math.min(sum, available.get(item.variantId) ?? 0, MAX_LINE_QUANTITY));
      // The user's line keeps the price it was added at; a new line keeps the guest's. The story
      // a guest added it from stays with it (attribution).
      await tx.cartItem.upsert({
        where: { cartId_variantId: { cartId, variantId: item.variantId } },
        create: { cartId, variantId: item.variantId, quantity, priceCentsAtAdd: item.priceCentsAtAdd, contentId: item.contentId },
        update: { quantity, ...(item.contentId ? { contentId: item.contentId } : {}) },
      });
    }
    return items.length;
  });
}
