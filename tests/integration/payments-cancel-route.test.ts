import '../support/test-database';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/db';
import { hashToken } from '@/lib/auth/tokens';
import { startCheckoutSession } from '@/lib/payments/start-checkout-session';
import type { FakeStripe } from '../support/fake-stripe';
import { createPendingOrder, orderFootprint, SHOP_URL, startPaymentsFake, stockLevel } from './payments-fixtures';

// The route runs outside a Next.js request here: a signed-out visitor with a cookie jar.
const jar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
}));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => null }));

let fake: FakeStripe;

beforeAll(async () => {
  fake = await startPaymentsFake();
});

afterAll(async () => {
  await fake.settled();
  await fake.stop();
});

async function followCancelLink(cancelUrl: string) {
  const { GET } = await import('@/app/[locale]/(shop)/checkout/cancelled/return/route');
  const locale = new URL(cancelUrl).pathname.startsWith('/en/') ? 'en' : 'fi';
  return GET(new Request(cancelUrl), { params: Promise.resolve({ locale }) });
}

describe('the "back" link on the payment page', () => {
  it('cancels the order, puts its lines back into a guest cart and shows the cancelled page', async () => {
    jar.clear();
    const { order, variant, store } = await createPendingOrder({ quantity: 2, stock: 3 });
    const session = fake.sessions.get((await startCheckoutSession(order.id, 'fi')).url.split('/pay/')[1])!;

    const response = await followCancelLink(session.cancel_url!);

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${SHOP_URL}/checkout/cancelled?result=cancelled`);
    expect(session.status).toBe('expired');
    expect((await orderFootprint(order.id)).status).toBe('CANCELLED');
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 3, reserved: 0 });
    const token = jar.get('dj_cart');
    expect(token).toBeDefined();
    const cart = await prisma.cart.findUniqueOrThrow({ where: { token: hashToken(token!) }, include: { items: true } });
    expect(cart.items.map((item) => [item.variantId, item.quantity])).toEqual([[variant.id, 2]]);

    // Reloading the page does not add the lines a second time.
    await followCancelLink(session.cancel_url!);
    const again = await prisma.cartItem.findMany({ where: { cartId: cart.id } });
    expect(again.map((item) => item.quantity)).toEqual([2]);
  });

  it('says how many lines could not go back when they were taken off sale meanwhile', async () => {
    jar.clear();
    const { order, variant, store } = await createPendingOrder({ quantity: 1, stock: 1, locale: 'en' });
    const session = fake.sessions.get((await startCheckoutSession(order.id, 'en')).url.split('/pay/')[1])!;
    await prisma.productVariant.update({ where: { id: variant.id }, data: { active: false } });

    const response = await followCancelLink(session.cancel_url!);

    expect(response.headers.get('location')).toBe(`${SHOP_URL}/en/checkout/cancelled?result=cancelled&missing=1`);
    expect(await stockLevel(variant.id, store.id)).toEqual({ onHand: 1, reserved: 0 });
    expect(jar.has('dj_cart')).toBe(false);
  });

  it('changes nothing for a link with a forged token', async () => {
    jar.clear();
    const { order } = await createPendingOrder();
    await startCheckoutSession(order.id, 'fi');

    const response = await followCancelLink(`${SHOP_URL}/checkout/cancelled/return?order=${order.id}&token=forged`);

    expect(response.headers.get('location')).toBe(`${SHOP_URL}/checkout/cancelled?result=invalid`);
    expect((await orderFootprint(order.id)).status).toBe('PENDING_PAYMENT');
    expect(jar.size).toBe(0);
  });
});
