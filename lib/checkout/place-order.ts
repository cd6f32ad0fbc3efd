import 'server-only';
import { hashToken } from '@/lib/auth/tokens';
import { isUuid } from '@/lib/cart/cart-db';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Tx } from '@/lib/inventory/tx';
import { stripeConfigured } from '@/lib/payments/stripe';
import { getShopSettings } from '@/lib/settings/get-shop-settings';
import { createOrder } from './create-order';
import { checkPaymentChoice } from './payment-rules';
import type { CheckoutActor, PlacedOrder, PlaceOrderInput } from './types';

// Under a rush every checkout waits its turn for a database connection rather than failing.
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 30_000 };

/**
 * Places the caller's cart as an order (createOrder: prices, the order, the stock held, the
 * pickup, the e-mail) and empties the cart, all in one transaction: either all of it happens or
 * none. Refusals: NOT_FOUND (not the caller's cart) and those of createOrder.
 */
export async function placeOrder(input: PlaceOrderInput, actor: CheckoutActor, now: Date = new Date()): Promise<PlacedOrder> {
  checkPaymentChoice(input.fulfilment.type, input.payment, stripeConfigured());
  const settings = await getShopSettings();
  return prisma.$transaction(async (tx) => {
    await lockOwnCart(tx, input.cartId, actor, now);
    const items = await tx.cartItem.findMany({
      where: { cartId: input.cartId },
      orderBy: { createdAt: 'asc' },
      select: { variantId: true, quantity: true, contentId: true },
    });
    const placed = await createOrder(
      tx,
      {
        channel: 'WEB',
        lines: items,
        locale: input.locale,
        contact: input.contact,
        fulfilment: input.fulfilment,
        payment: input.payment,
        customerId: actor.userId,
        expectedTotalCents: input.expectedTotalCents,
      },
      settings,
      now,
    );
    await tx.cartItem.deleteMany({ where: { cartId: input.cartId } });
    return placed;
  }, TRANSACTION_OPTIONS);
}

/** Locks the cart for the transaction (a double click waits, then finds it empty); NOT_FOUND when it is not the caller's. */
async function lockOwnCart(tx: Tx, cartId: string, actor: CheckoutActor, now: Date): Promise<void> {
  const owner = actor.userId
    ? { userId: actor.userId }
    : actor.guestCartToken
      ? { userId: null, token: hashToken(actor.guestCartToken) }
      : null;
  if (!owner || !isUuid(cartId)) throw new AppError('NOT_FOUND');
  const { count } = await tx.cart.updateMany({ where: { id: cartId, ...owner }, data: { updatedAt: now } });
  if (count === 0) throw new AppError('NOT_FOUND');
}
