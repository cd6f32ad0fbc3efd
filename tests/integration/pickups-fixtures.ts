// Shared set-up of the pickup queue tests: click & collect orders placed through the real
// checkout (pay at pickup, or paid through the fake Stripe), staff of a store, and readers of
// what the shop would notice (stock, outbox, refunds).
import { expect } from 'vitest';
import { placeOrder } from '@/lib/checkout/place-order';
import { prisma } from '@/lib/db';
import { startCheckoutSession } from '@/lib/payments/start-checkout-session';
import { createProduct } from '../support/factories/catalog';
import { checkoutInput, createCart } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import type { FakeStripe } from '../support/fake-stripe';

export type PickupOrderOptions = {
  storeId: string;
  /** Each a variant and a quantity; default one new product (12,90 €), 2 of 5 on hand at the store. */
  items?: { variantId: string; quantity: number }[];
  /** Pay online through this fake Stripe (card order, paid); otherwise pay at pickup. */
  payWith?: FakeStripe;
  locale?: 'fi' | 'en';
  placedAt?: Date;
};

/** A click & collect order, placed through checkout. Returns its id, number and lines (by SKU). */
export async function pickupOrder(options: PickupOrderOptions) {
  const items =
    options.items ?? [{ variantId: (await createProduct({ variants: [{ priceCents: 1290, stock: { [options.storeId]: 5 } }] })).variants[0].id, quantity: 2 }];
  const { cartId, actor } = await createCart({ items });
  const placed = await placeOrder(
    checkoutInput(cartId, {
      storeId: options.storeId,
      locale: options.locale ?? 'fi',
      payment: options.payWith ? 'CARD' : 'PAY_AT_PICKUP',
      contact: { email: `buyer-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`, name: 'Testi Asiakas', phone: '040 123 4567' },
    }),
    actor,
    options.placedAt,
  );
  if (options.payWith) {
    const { url } = await startCheckoutSession(placed.orderId, 'fi');
    expect(await options.payWith.pay(url.split('/pay/')[1])).toBe(200);
    await options.payWith.settled();
    expect((await prisma.order.findUniqueOrThrow({ where: { id: placed.orderId } })).status).toBe('PAID');
  }
  const order = await prisma.order.findUniqueOrThrow({
    where: { id: placed.orderId },
    include: { lines: { orderBy: { sku: 'asc' } }, pickup: true },
  });
  return order;
}

/** A product with one variant and this stock per store id. */
export async function product(priceCents: number, stock: Record<string, number>) {
  return (await createProduct({ variants: [{ priceCents, stock }] })).variants[0];
}

/** A pickup store (pickup on) and a web warehouse that ships to it. */
export async function storeWithWarehouse() {
  const [store, warehouse] = await Promise.all([createStore(), createStore({ kind: 'WAREHOUSE', pickupEnabled: false, returnsEnabled: false })]);
  return { store, warehouse };
}

/** A staff member of these stores (or the owner with role OWNER). */
export async function createStaff(storeIds: string[], role: 'STAFF' | 'OWNER' = 'STAFF') {
  const user = await createUser({ role });
  if (storeIds.length > 0) await prisma.staffAssignment.createMany({ data: storeIds.map((storeId) => ({ userId: user.id, storeId })) });
  return user;
}

export async function stockAt(variantId: string, storeId: string) {
  const level = await prisma.stockLevel.findUnique({ where: { variantId_storeId: { variantId, storeId } }, select: { onHand: true, reserved: true } });
  return level ?? { onHand: 0, reserved: 0 };
}

export async function outboxFor(kind: string, reference: string) {
  return prisma.outboxMessage.findMany({ where: { kind, reference } });
}

/** The pickup code printed in a ready e-mail. */
export function codeIn(text: string): string {
  const match = /Noutokoodi: ([A-Z0-9]{6})|Pickup code: ([A-Z0-9]{6})/.exec(text);
  if (!match) throw new Error(`No pickup code in:\n${text}`);
  return match[1] ?? match[2];
}
