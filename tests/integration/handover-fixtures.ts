// Shared set-up of the hand-over tests: click & collect orders placed through the real checkout,
// then made READY for pickup with a known code (as the pickup queue leaves them).
import { placeOrder } from '@/lib/checkout/place-order';
import { prisma } from '@/lib/db';
import { convertOrderReservations } from '@/lib/inventory/convert-order-reservations';
import { hashPickupCode } from '@/lib/pickups/pickup-code';
import { createProduct } from '../support/factories/catalog';
import { checkoutInput, createCart } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';

export const CODE = 'ABC234';
export const PLACED_AT = new Date('2026-03-10T10:00:00Z');
export const READY_AT = new Date('2026-03-10T12:00:00Z');

type PickupOrderOptions = {
  storeId?: string;
  /** Paid online (Stripe) before pickup; otherwise paid at the counter. */
  paid?: boolean;
  /** The pickup's state: READY_FOR_PICKUP (default) or an earlier one. */
  status?: 'PENDING' | 'PICKING' | 'READY_FOR_PICKUP';
  name?: string;
  phone?: string | null;
  locale?: 'fi' | 'en';
  /** Placed signed in as this customer (the order on their account); a guest's order otherwise. */
  customerId?: string;
  /** Items: each a variant and a quantity (default: one new product, 2 units of 5 on hand). */
  items?: { variantId: string; quantity: number }[];
};

/** A click & collect order at a store, placed through checkout, ready for pickup with the code CODE. */
export async function createPickupOrder(options: PickupOrderOptions = {}) {
  const storeId = options.storeId ?? (await createStore()).id;
  const items = options.items ?? [{ variantId: (await createProduct({ variants: [{ priceCents: 1290, stock: { [storeId]: 5 } }] })).variants[0].id, quantity: 2 }];
  const { cartId, actor } = await createCart({ userId: options.customerId, items });
  const placed = await placeOrder(
    checkoutInput(cartId, {
      storeId,
      locale: options.locale ?? 'fi',
      contact: { email: `buyer-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`, name: options.name ?? 'Testi Asiakas', phone: options.phone ?? null },
    }),
    actor,
    PLACED_AT,
  );
  if (options.paid) await markPaidOnline(placed.orderId);
  const status = options.status ?? 'READY_FOR_PICKUP';
  const ready = status === 'READY_FOR_PICKUP';
  await prisma.pickup.update({
    where: { orderId: placed.orderId },
    data: {
      status,
      codeHash: ready ? hashPickupCode(CODE) : null,
      readyAt: ready ? READY_AT : null,
      deadlineAt: ready ? new Date(READY_AT.getTime() + 7 * 86_400_000) : null,
    },
  });
  const order = await prisma.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { lines: true, pickup: true } });
  return { storeId, order };
}

/** What the Stripe webhook leaves behind: a succeeded payment, the hold turned into a sale, PAID. */
async function markPaidOnline(orderId: string) {
  await prisma.$transaction(async (tx) => {
    const order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
    await tx.payment.create({ data: { orderId, provider: 'STRIPE', providerRef: `pi_${orderId}`, amountCents: order.totalCents, status: 'SUCCEEDED' } });
    await convertOrderReservations(tx, orderId);
    await tx.order.update({ where: { id: orderId }, data: { status: 'PAID', paidAt: PLACED_AT } });
  });
}

/** A staff member of these stores (or the owner with `role: 'OWNER'`). */
export async function createStaff(storeIds: string[], options: { role?: 'STAFF' | 'OWNER'; name?: string } = {}) {
  const user = await createUser({ role: options.role ?? 'STAFF', name: options.name ?? 'Jussi Järvinen' });
  if (storeIds.length > 0) await prisma.staffAssignment.createMany({ data: storeIds.map((storeId) => ({ userId: user.id, storeId })) });
  return user;
}
