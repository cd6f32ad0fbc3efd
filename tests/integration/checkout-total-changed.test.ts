// The shopper orders at the total they saw: when the price changed meanwhile, the order is
// refused with a clear message and nothing is held or created.
import { describe, expect, it } from 'vitest';
import { placeOrder } from '@/lib/checkout/place-order';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { createProduct } from '../support/factories/catalog';
import { checkoutInput, createCart } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import '../support/test-database';

describe('the total shown at the checkout', () => {
  it('refuses the order when the price changed after the page was shown, and accepts the shown total', async () => {
    const store = await createStore();
    const product = await createProduct({ variants: [{ priceCents: 2000, stock: { [store.id]: 5 } }] });
    const user = await createUser();
    const { cartId, actor } = await createCart({ userId: user.id, items: [{ variantId: product.variants[0].id, quantity: 1 }] });

    await prisma.productVariant.update({ where: { id: product.variants[0].id }, data: { priceCents: 2500 } });
    const error = await placeOrder({ ...checkoutInput(cartId, { storeId: store.id }), expectedTotalCents: 2000 }, actor).catch((e) => e);
    expect(isAppError(error, 'CART_CHANGED')).toBe(true);
    expect(await prisma.order.count()).toBe(0);
    expect(await prisma.stockLevel.findFirstOrThrow({ where: { variantId: product.variants[0].id } })).toMatchObject({ reserved: 0 });

    const placed = await placeOrder({ ...checkoutInput(cartId, { storeId: store.id }), expectedTotalCents: 2500 }, actor);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: placed.orderId } })).toMatchObject({ totalCents: 2500 });
  });
});
