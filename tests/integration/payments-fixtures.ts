// Shared set-up of the payments tests: the fake Stripe wired to the webhook route, and orders
// waiting for payment with their stock held (as checkout leaves them).
import { POST } from '@/app/api/webhooks/stripe/route';
import { prisma } from '@/lib/db';
import { reserveStock } from '@/lib/inventory/reserve-stock';
import { vatIncluded } from '@/lib/money';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { startFakeStripe, type FakeStripe } from '../support/fake-stripe';

export const WEBHOOK_SECRET = 'whsec_test_payments';
export const SHOP_URL = 'http://shop.test';

/** Starts the fake Stripe, points the SDK at it and delivers its webhooks to the route's POST. */
export async function startPaymentsFake(): Promise<FakeStripe> {
  const fake = await startFakeStripe({ webhookSecret: WEBHOOK_SECRET, webhookUrl: (request) => POST(request) });
  process.env.STRIPE_SECRET_KEY = 'sk_test_fake';
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
  process.env.STRIPE_API_HOST = '127.0.0.1';
  process.env.STRIPE_API_PORT = String(fake.port);
  process.env.STRIPE_API_PROTOCOL = 'http';
  process.env.NEXTAUTH_URL = SHOP_URL;
  process.env.NEXTAUTH_SECRET = 'payments-test-secret';
  return fake;
}

export type PendingOrderOptions = {
  quantity?: number;
  /** Units on hand at the warehouse before the order. */
  stock?: number;
  priceCents?: number;
  shippingCents?: number;
  /** When the hold runs out (default: in 15 minutes). */
  expiresAt?: Date;
  locale?: 'fi' | 'en';
};

/** A delivery order waiting for payment, its stock held at a warehouse, as checkout places it. */
export async function createPendingOrder(options: PendingOrderOptions = {}) {
  const quantity = options.quantity ?? 2;
  const priceCents = options.priceCents ?? 1290;
  const shippingCents = options.shippingCents ?? 590;
  const store = await createStore({ kind: 'WAREHOUSE', pickupEnabled: false, returnsEnabled: false });
  const product = await createProduct({ variants: [{ priceCents, size: 'M', stock: { [store.id]: options.stock ?? 5 } }] });
  const variant = product.variants[0];
  const lineTotal = priceCents * quantity;
  const order = await prisma.$transaction(async (tx) => {
    const created = await tx.order.create({
      data: {
        fulfilment: 'DELIVERY',
        email: `buyer-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`,
        name: 'Testi Ostaja',
        locale: options.locale ?? 'fi',
        shippingStreet: 'Testikatu 1',
        shippingPostalCode: '00100',
        shippingCity: 'Helsinki',
        shippingCountry: 'FI',
        subtotalCents: lineTotal,
        shippingCents,
        vatCents: vatIncluded(lineTotal, 2550) + vatIncluded(shippingCents, 2550),
        totalCents: lineTotal + shippingCents,
        lines: {
          create: [
            {
              productId: product.id,
              variantId: variant.id,
              sku: variant.sku,
              name: product.nameFi,
              variantLabel: 'M',
              quantity,
              unitPriceCents: priceCents,
              vatRateBp: 2550,
              lineTotalCents: lineTotal,
              vatCents: vatIncluded(lineTotal, 2550),
            },
          ],
        },
        events: { create: [{ type: 'placed' }] },
      },
    });
    await reserveStock(tx, {
      orderId: created.id,
      storeId: store.id,
      lines: [{ variantId: variant.id, quantity }],
      expiresAt: options.expiresAt ?? new Date(Date.now() + 15 * 60_000),
    });
    return created;
  });
  return { order, variant, store, product };
}

export async function stockLevel(variantId: string, storeId: string) {
  return prisma.stockLevel.findUniqueOrThrow({
    where: { variantId_storeId: { variantId, storeId } },
    select: { onHand: true, reserved: true },
  });
}

/** Counts of what a shopper or the shop would notice about an order. */
export async function orderFootprint(orderId: string) {
  const [order, paidEvents, emails, sales, releases, refunds] = await Promise.all([
    prisma.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true, paidAt: true } }),
    prisma.orderEvent.count({ where: { orderId, type: 'paid' } }),
    prisma.outboxMessage.count({ where: { reference: orderId } }),
    prisma.stockMovement.count({ where: { orderId, type: 'SALE' } }),
    prisma.stockMovement.count({ where: { orderId, type: 'RELEASE' } }),
    prisma.refund.count({ where: { orderId } }),
  ]);
  return { status: order.status, paid: order.paidAt !== null, paidEvents, emails, sales, releases, refunds };
}
