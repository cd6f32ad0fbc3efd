// Set-up shared by the returns desk tests: paid orders (through the fake Stripe, or at the
// counter in cash), stores with their staff, and returns as the shopper registers them.
import { prisma } from '@/lib/db';
import { vatIncluded } from '@/lib/money';
import { startCheckoutSession } from '@/lib/payments/start-checkout-session';
import type { FakeStripe } from '../support/fake-stripe';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { createPendingOrder } from './payments-fixtures';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A member of staff assigned to these stores. */
export async function createStaff(...storeIds: string[]) {
  const user = await createUser({ role: 'STAFF' });
  await prisma.staffAssignment.createMany({ data: storeIds.map((storeId) => ({ userId: user.id, storeId })) });
  return { id: user.id, role: 'STAFF' as const, email: user.email, name: user.name, locale: user.locale };
}

export async function createOwner() {
  const user = await createUser({ role: 'OWNER' });
  return { id: user.id, role: 'OWNER' as const, email: user.email, name: user.name, locale: user.locale };
}

export type PaidOrderOptions = {
  quantity?: number;
  priceCents?: number;
  /** Shipping of a delivery order; a pickup order has none. */
  shippingCents?: number;
  /** Picked up at this store (a pickup order); a delivery order without it. */
  pickedUpAt?: string;
  /** How long ago the shopper got the goods (default: 2 days). */
  daysAgo?: number;
  locale?: 'fi' | 'en';
};

/** An order paid through (fake) Stripe Checkout and then handed over or delivered. */
export async function stripePaidOrder(fake: FakeStripe, options: PaidOrderOptions = {}) {
  const pickup = options.pickedUpAt !== undefined;
  const placed = await createPendingOrder({
    quantity: options.quantity ?? 2,
    priceCents: options.priceCents ?? 1290,
    shippingCents: pickup ? 0 : (options.shippingCents ?? 590),
    locale: options.locale,
  });
  const { url } = await startCheckoutSession(placed.order.id, options.locale ?? 'fi');
  const status = await fake.pay(url.split('/pay/')[1]);
  if (status !== 200) throw new Error(`The fake payment's webhook answered ${status}.`);
  const gotAt = new Date(Date.now() - (options.daysAgo ?? 2) * DAY_MS);
  const order = await prisma.order.update({
    where: { id: placed.order.id },
    data: pickup
      ? { fulfilment: 'PICKUP', pickupStoreId: options.pickedUpAt, shippingStreet: null, status: 'FULFILLED', fulfilledAt: gotAt, paidAt: gotAt }
      : { paidAt: gotAt },
    include: { lines: true },
  });
  return { order, line: order.lines[0], variant: placed.variant };
}

/** A pickup order paid at the counter (cash or card terminal) and handed over at `storeId`. */
export async function counterPaidOrder(storeId: string, provider: 'CASH' | 'CARD_TERMINAL', options: { quantity?: number; priceCents?: number } = {}) {
  const quantity = options.quantity ?? 1;
  const priceCents = options.priceCents ?? 2490;
  const product = await createProduct({ variants: [{ priceCents, stock: { [storeId]: 3 } }] });
  const variant = product.variants[0];
  const total = priceCents * quantity;
  const order = await prisma.order.create({
    data: {
      fulfilment: 'PICKUP',
      pickupStoreId: storeId,
      status: 'FULFILLED',
      fulfilledAt: new Date(Date.now() - DAY_MS),
      paidAt: new Date(Date.now() - DAY_MS),
      email: `cash-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`,
      name: 'Käteis Asiakas',
      subtotalCents: total,
      vatCents: vatIncluded(total, 2550),
      totalCents: total,
      lines: {
        create: [{ productId: product.id, variantId: variant.id, sku: variant.sku, name: product.nameFi, quantity, unitPriceCents: priceCents, vatRateBp: 2550, lineTotalCents: total, vatCents: vatIncluded(total, 2550) }],
      },
      payments: { create: [{ provider, amountCents: total, status: 'SUCCEEDED' }] },
    },
    include: { lines: true },
  });
  return { order, line: order.lines[0], variant };
}

/** A return as the shopper registers it: REQUESTED, to be brought to `storeId`. */
export async function registerReturn(orderId: string, lines: { orderLineId: string; quantity: number }[], storeId: string) {
  return prisma.return.create({
    data: { orderId, status: 'REQUESTED', method: 'STORE', requestedStoreId: storeId, reason: 'Väärä koko', lines: { create: lines } },
  });
}

export async function onHand(variantId: string, storeId: string): Promise<number> {
  const level = await prisma.stockLevel.findUnique({ where: { variantId_storeId: { variantId, storeId } }, select: { onHand: true } });
  return level?.onHand ?? 0;
}

/** Two stores taking returns: A (where orders are picked up) and B (where they come back). */
export async function twoStores() {
  const [storeA, storeB] = [await createStore(), await createStore()];
  return { storeA, storeB };
}
