// Shared set-up of the back-office order tests: orders of every kind placed through the real
// checkout (paid ones through the fake Stripe), and many plain orders made by SQL for the list.
import { expect } from 'vitest';
import { placeOrder } from '@/lib/checkout/place-order';
import { prisma } from '@/lib/db';
import { startCheckoutSession } from '@/lib/payments/start-checkout-session';
import { createProduct } from '../support/factories/catalog';
import { checkoutInput, createCart } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import type { FakeStripe } from '../support/fake-stripe';

let warehouses = 0;

/** A paid home-delivery order (card, through the fake Stripe), its goods sold from a new web warehouse. */
export async function paidDeliveryOrder(fake: FakeStripe, options: { quantity?: number; priceCents?: number; customerId?: string; email?: string } = {}) {
  // Checkout ships from the first warehouse by position: make this one first.
  warehouses += 1;
  const warehouse = await createStore({ kind: 'WAREHOUSE', pickupEnabled: false, returnsEnabled: false, position: -1000 - warehouses });
  const product = await createProduct({ variants: [{ priceCents: options.priceCents ?? 2000, stock: { [warehouse.id]: 5 } }] });
  const variant = product.variants[0];
  const { cartId, actor } = await createCart({ userId: options.customerId, items: [{ variantId: variant.id, quantity: options.quantity ?? 2 }] });
  const placed = await placeOrder(
    checkoutInput(cartId, {
      payment: 'CARD',
      fulfilment: { type: 'DELIVERY', street: 'Kotikatu 1 B 2', postalCode: '40100', city: 'Jyväskylä' },
      contact: { email: options.email ?? `buyer-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`, name: 'Toimitus Asiakas', phone: '040 765 4321' },
    }),
    actor,
  );
  const { url } = await startCheckoutSession(placed.orderId, 'fi');
  expect(await fake.pay(url.split('/pay/')[1])).toBe(200);
  await fake.settled();
  const order = await prisma.order.findUniqueOrThrow({ where: { id: placed.orderId } });
  expect(order.status).toBe('PAID');
  return { order, variant, warehouse };
}

export async function onHand(variantId: string, storeId: string) {
  const level = await prisma.stockLevel.findUniqueOrThrow({ where: { variantId_storeId: { variantId, storeId } }, select: { onHand: true, reserved: true } });
  return level;
}

export type BulkOrder = {
  name: string;
  email: string;
  status: 'PAID' | 'FULFILLED' | 'CANCELLED' | 'PENDING_PAYMENT';
  channel: 'WEB' | 'STORE';
  fulfilment: 'DELIVERY' | 'PICKUP';
  storeId: string | null;
  totalCents: number;
  placedAt: Date;
};

/**
 * `count` plain orders (no lines) inserted by SQL, with a predictable spread of statuses,
 * channels, fulfilments, stores, totals and dates (one per hour back from `start`), all with
 * e-mails at `domain` so a test can find exactly its own. Returns what was inserted.
 */
export async function insertBulkOrders(count: number, options: { domain: string; stores: [string, string]; start: Date }): Promise<BulkOrder[]> {
  const statuses = ['PAID', 'FULFILLED', 'CANCELLED', 'PENDING_PAYMENT'] as const;
  const orders: BulkOrder[] = Array.from({ length: count }, (_, i) => {
    const pickup = i % 3 === 0;
    return {
      name: i % 10 === 7 ? `Virtanen ${i}` : `Bulk Asiakas ${i}`,
      email: `bulk-${i}@${options.domain}`,
      status: statuses[i % 4],
      channel: i % 5 === 0 ? 'STORE' : 'WEB',
      fulfilment: pickup ? 'PICKUP' : 'DELIVERY',
      storeId: pickup ? options.stores[i % 2] : null,
      totalCents: 1000 + ((i * 7919) % 50_000),
      placedAt: new Date(options.start.getTime() - i * 3_600_000),
    };
  });
  await prisma.$executeRaw`
    INSERT INTO orders (name, email, status, channel, fulfilment, pickup_store_id, subtotal_cents, vat_cents, total_cents, placed_at)
    SELECT o->>'name', o->>'email', (o->>'status')::"OrderStatus", (o->>'channel')::"OrderChannel", (o->>'fulfilment')::"FulfilmentType",
           (o->>'storeId')::uuid, (o->>'totalCents')::int, 0, (o->>'totalCents')::int, (o->>'placedAt')::timestamptz
      FROM jsonb_array_elements(${JSON.stringify(orders)}::jsonb) AS o`;
  return orders;
}
