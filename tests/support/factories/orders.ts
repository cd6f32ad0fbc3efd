import { newLinkToken } from '@/lib/auth/tokens';
import type { CheckoutActor, PlaceOrderInput } from '@/lib/checkout/types';
import { prisma } from '@/lib/db';

type CartLine = { variantId: string; quantity: number; priceCentsAtAdd?: number };

/**
 * A cart with these lines: a signed-in user's (with `userId`) or a guest's. Returns the cart's
 * id and the actor that owns it (the guest's actor carries the cookie's secret).
 */
export async function createCart(options: { userId?: string; items: CartLine[] }) {
  const link = newLinkToken();
  const cart = await prisma.cart.create({
    data: {
      userId: options.userId ?? null,
      token: link.hash,
      items: {
        create: options.items.map((item) => ({ variantId: item.variantId, quantity: item.quantity, priceCentsAtAdd: item.priceCentsAtAdd ?? 100 })),
      },
    },
  });
  const actor: CheckoutActor = options.userId ? { userId: options.userId, guestCartToken: null } : { userId: null, guestCartToken: link.token };
  return { cartId: cart.id, actor };
}

/** placeOrder's input for a cart: a pickup order paid at the store unless `overrides` say otherwise. */
export function checkoutInput(cartId: string, overrides: Partial<Omit<PlaceOrderInput, 'cartId'>> & { storeId?: string } = {}): PlaceOrderInput {
  const { storeId, ...rest } = overrides;
  return {
    cartId,
    locale: 'fi',
    contact: { email: 'asiakas@example.com', name: 'Testi Asiakas', phone: null },
    fulfilment: { type: 'PICKUP', storeId: storeId ?? '00000000-0000-4000-8000-000000000000' },
    payment: 'PAY_AT_PICKUP',
    ...rest,
  };
}

/** Card payments on (stripeConfigured() is true); no request ever reaches Stripe in these tests. */
export function enableCardPayments() {
  process.env.STRIPE_SECRET_KEY ??= 'sk_test_checkout_tests';
  process.env.STRIPE_WEBHOOK_SECRET ??= 'whsec_checkout_tests';
}

/**
 * The stock ledger's invariants over the whole database: nothing is over-reserved, the movements
 * of each (variant, store) add up to its stock level, and `reserved` equals the ACTIVE
 * reservations held there. Returns the rows that break them (empty when all is well).
 */
export async function stockLedgerProblems() {
  return prisma.$queryRaw<{ variant_id: string; store_id: string; problem: string }[]>`
    WITH moved AS (
      SELECT variant_id, store_id, SUM(on_hand_delta)::int AS on_hand, SUM(reserved_delta)::int AS reserved
        FROM stock_movements GROUP BY variant_id, store_id
    ), held AS (
      SELECT variant_id, store_id, SUM(quantity)::int AS reserved
        FROM reservations WHERE status = 'ACTIVE' GROUP BY variant_id, store_id
    )
    SELECT COALESCE(l.variant_id, m.variant_id) AS variant_id, COALESCE(l.store_id, m.store_id) AS store_id,
           CASE
             WHEN l.on_hand - l.reserved < 0 THEN 'over-reserved'
             WHEN l.variant_id IS NULL OR m.variant_id IS NULL THEN 'level without movements or movements without level'
             WHEN l.on_hand <> m.on_hand OR l.reserved <> m.reserved THEN 'movements do not add up'
             ELSE 'reserved differs from active reservations'
           END AS problem
      FROM stock_levels l
      FULL JOIN moved m ON m.variant_id = l.variant_id AND m.store_id = l.store_id
      LEFT JOIN held h ON h.variant_id = COALESCE(l.variant_id, m.variant_id) AND h.store_id = COALESCE(l.store_id, m.store_id)
     WHERE l.variant_id IS NULL OR m.variant_id IS NULL
        OR l.on_hand - l.reserved < 0
        OR l.on_hand <> m.on_hand OR l.reserved <> m.reserved
        OR l.reserved <> COALESCE(h.reserved, 0)`;
}
