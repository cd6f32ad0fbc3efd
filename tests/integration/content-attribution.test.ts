// Which content sells: an add-to-cart on a story or event page is recorded with that page, the
// order line keeps it, and the owner's dashboard counts the presses and the paid sales per page.
import '../support/test-database';
import { beforeAll, describe, expect, it } from 'vitest';
import { getContentSales } from '@/lib/admin/dashboard/get-content-sales';
import { getPeriodBounds } from '@/lib/admin/dashboard/period-bounds';
import { addToCart } from '@/lib/cart/add-to-cart';
import { cartWhere } from '@/lib/cart/cart-db';
import { placeOrder } from '@/lib/checkout/place-order';
import { prisma } from '@/lib/db';
import { newGuestRef } from '../support/factories/carts';
import { createProduct } from '../support/factories/catalog';
import { checkoutInput } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';

let store: { id: string };
let kuksa: string;
let mug: string;

async function createContent(status: 'PUBLISHED' | 'DRAFT', title: string) {
  return prisma.content.create({
    data: { type: 'STORY', status, locale: 'fi', slug: `${title.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`, title, publishedAt: status === 'PUBLISHED' ? new Date() : null },
  });
}

beforeAll(async () => {
  store = await createStore();
  kuksa = (await createProduct({ nameFi: 'Kuksa', variants: [{ priceCents: 4500, stock: { [store.id]: 10 } }] })).variants[0].id;
  mug = (await createProduct({ nameFi: 'Muki', variants: [{ priceCents: 1500, stock: { [store.id]: 10 } }] })).variants[0].id;
});

describe('an add-to-cart from a story', () => {
  it('is recorded with the story, kept on the cart line and copied to the order line', async () => {
    const story = await createContent('PUBLISHED', 'Verstaalla');
    const cart = newGuestRef();
    await addToCart(cart, kuksa, 2, { contentId: story.id });
    await addToCart(cart, mug, 1); // from the product page: not the story's

    const adds = await prisma.contentCartAdd.findMany({ where: { contentId: story.id } });
    expect(adds.map((a) => ({ variantId: a.variantId, quantity: a.quantity }))).toEqual([{ variantId: kuksa, quantity: 2 }]);

    const cartRow = await prisma.cart.findFirstOrThrow({ where: cartWhere(cart) });
    const placed = await placeOrder(checkoutInput(cartRow.id, { storeId: store.id }), { userId: null, guestCartToken: cart.guestToken }, new Date());
    const lines = await prisma.orderLine.findMany({ where: { orderId: placed.orderId } });
    expect(Object.fromEntries(lines.map((l) => [l.variantId, l.contentId]))).toEqual({ [kuksa]: story.id, [mug]: null });
  });

  it('counts only the units actually added when stock caps the line', async () => {
    const story = await createContent('PUBLISHED', 'Rajattu');
    const scarce = (await createProduct({ variants: [{ priceCents: 900, stock: { [store.id]: 3 } }] })).variants[0].id;
    const cart = newGuestRef();
    await addToCart(cart, scarce, 5, { contentId: story.id });
    await addToCart(cart, scarce, 1, { contentId: story.id }); // already at the cap: nothing added, nothing counted
    const adds = await prisma.contentCartAdd.findMany({ where: { contentId: story.id } });
    expect(adds.map((a) => a.quantity)).toEqual([3]);
  });

  it('ignores a draft or unknown page, and the product is still added', async () => {
    const draft = await createContent('DRAFT', 'Luonnos');
    const before = await prisma.contentCartAdd.count();
    const cart = newGuestRef();
    const fromDraft = await addToCart(cart, mug, 1, { contentId: draft.id });
    const fromNowhere = await addToCart(cart, kuksa, 1, { contentId: '00000000-0000-4000-8000-000000000001' });
    expect([fromDraft.quantity, fromNowhere.quantity]).toEqual([1, 1]);
    expect(await prisma.contentCartAdd.count()).toBe(before);
    const items = await prisma.cartItem.findMany({ where: { cart: cartWhere(cart) }, select: { contentId: true } });
    expect(items.map((item) => item.contentId)).toEqual([null, null]);
  });
});

describe('the dashboard', () => {
  it('shows the presses and the paid sales per page, best seller first', async () => {
    const seller = await createContent('PUBLISHED', 'Myyjä');
    const browsed = await createContent('PUBLISHED', 'Selailtu');
    const cart = newGuestRef();
    await addToCart(cart, kuksa, 2, { contentId: seller.id });
    await addToCart(newGuestRef(), mug, 1, { contentId: browsed.id }); // added, never bought
    const cartRow = await prisma.cart.findFirstOrThrow({ where: cartWhere(cart) });
    const placed = await placeOrder(checkoutInput(cartRow.id, { storeId: store.id }), { userId: null, guestCartToken: cart.guestToken }, new Date());
    // Paid at the counter (how a payment is taken is tested with the hand-over and the webhooks).
    await prisma.order.update({ where: { id: placed.orderId }, data: { status: 'PAID', paidAt: new Date() } });

    const rows = await getContentSales(await getPeriodBounds('today', new Date()));
    const mine = rows.filter((row) => [seller.id, browsed.id].includes(row.contentId));
    expect(mine.map(({ title, adds, unitsAdded, unitsSold, revenueCents }) => ({ title, adds, unitsAdded, unitsSold, revenueCents }))).toEqual([
      { title: 'Myyjä', adds: 1, unitsAdded: 2, unitsSold: 2, revenueCents: 9000 },
      { title: 'Selailtu', adds: 1, unitsAdded: 1, unitsSold: 0, revenueCents: 0 },
    ]);
  });
});
