// Placing an order: what the shopper gets, what the shop holds, and everything that is refused.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '@/lib/auth/tokens';
import { placeOrder } from '@/lib/checkout/place-order';
import { quoteOrder } from '@/lib/checkout/quote-order';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { releaseOrderReservations } from '@/lib/inventory/release-order-reservations';
import { createProduct } from '../support/factories/catalog';
import { checkoutInput, createCart, enableCardPayments, stockLedgerProblems } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import '../support/test-database';

const RATES = { deliveryCents: 690, parcelLockerCents: 490, freeOverCents: 6000 };
const NOW = new Date('2026-03-10T10:00:00Z');
const DELIVERY = { type: 'DELIVERY' as const, street: 'Kotikatu 1 B 2', postalCode: '40100', city: 'Jyväskylä' };

let warehouseId: string;
beforeAll(async () => {
  warehouseId = (await createStore({ kind: 'WAREHOUSE', pickupEnabled: false, returnsEnabled: false, name: 'Verkkovarasto' })).id;
  await prisma.setting.createMany({
    data: [
      { key: 'shipping.rates', value: RATES },
      { key: 'checkout.reservationMinutes', value: 20 },
    ],
  });
});

afterEach(() => {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_WEBHOOK_SECRET;
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!isAppError(error)) throw new Error(`Expected a refusal, got ${String(error)}`);
  return { code: error.code, message: error.message, field: error.field };
}

/** What a refused checkout must leave as it was: no order, the cart's lines and the stock. */
async function snapshot(cartId: string) {
  return {
    orders: await prisma.order.count(),
    cartItems: await prisma.cartItem.findMany({ where: { cartId }, select: { variantId: true, quantity: true }, orderBy: { variantId: 'asc' } }),
    levels: await prisma.stockLevel.findMany({ select: { variantId: true, storeId: true, onHand: true, reserved: true }, orderBy: [{ variantId: 'asc' }, { storeId: 'asc' }] }),
    movements: await prisma.stockMovement.count(),
    outbox: await prisma.outboxMessage.count(),
  };
}

describe('a pickup order paid at the store', () => {
  it('snapshots the lines at today’s prices, holds the stock until the pickup deadline, empties the cart and queues the confirmation', async () => {
    const store = await createStore({ pickupDeadlineDays: 5 });
    const coffee = await createProduct({ nameFi: 'Kahvi', variants: [{ priceCents: 1290, vatRateBp: 1400, size: '500 g', stock: { [store.id]: 10 } }] });
    const mug = await createProduct({ nameFi: 'Muki', variants: [{ priceCents: 2490, vatRateBp: 2550, stock: { [store.id]: 3 } }] });
    const user = await createUser();
    const { cartId, actor } = await createCart({
      userId: user.id,
      items: [
        { variantId: coffee.variants[0].id, quantity: 2, priceCentsAtAdd: 1 }, // the price when added is never used
        { variantId: mug.variants[0].id, quantity: 1, priceCentsAtAdd: 1 },
      ],
    });

    const placed = await placeOrder(checkoutInput(cartId, { storeId: store.id }), actor, NOW);

    expect(placed.status).toBe('PAY_AT_PICKUP');
    const order = await prisma.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { lines: { orderBy: { name: 'asc' } }, events: true, pickup: true } });
    expect(order).toMatchObject({
      number: placed.number,
      status: 'PAY_AT_PICKUP',
      fulfilment: 'PICKUP',
      customerId: user.id,
      pickupStoreId: store.id,
      subtotalCents: 2 * 1290 + 2490,
      shippingCents: 0,
      totalCents: 5070,
      vatCents: 317 + 506, // 14 % of 25.80 € and 25.5 % of 24.90 €, VAT included
      accessTokenHash: hashToken(placed.accessToken),
    });
    expect(order.lines.map((line) => [line.name, line.variantLabel, line.quantity, line.unitPriceCents, line.vatRateBp, line.lineTotalCents, line.vatCents])).toEqual([
      ['Kahvi', '500 g', 2, 1290, 1400, 2580, 317],
      ['Muki', null, 1, 2490, 2550, 2490, 506],
    ]);
    expect(order.events.map((event) => event.type)).toEqual(['placed']);
    expect(order.pickup).toMatchObject({ storeId: store.id, status: 'PENDING' });

    const holds = await prisma.reservation.findMany({ where: { orderId: order.id } });
    expect(holds.map((hold) => [hold.quantity, hold.storeId, hold.status])).toEqual(expect.arrayContaining([[2, store.id, 'ACTIVE'], [1, store.id, 'ACTIVE']]));
    expect(holds.every((hold) => hold.expiresAt.getTime() === NOW.getTime() + 5 * 86_400_000)).toBe(true);
    expect(await prisma.cartItem.count({ where: { cartId } })).toBe(0);
    expect(placed.emailIds).toHaveLength(1);
    const [email] = await prisma.outboxMessage.findMany({ where: { reference: order.id } });
    expect(email).toMatchObject({ id: placed.emailIds[0], kind: 'order.confirmation', toEmail: 'asiakas@example.com' });
    expect(email.text).toContain(`?token=${placed.accessToken}`);
    expect(await stockLedgerProblems()).toEqual([]);
  });

  it('ships a line the store lacks from the warehouse: the hold is at the warehouse and a transfer is requested', async () => {
    const store = await createStore();
    const local = await createProduct({ stock: { [store.id]: 5 } });
    const remote = await createProduct({ stock: { [warehouseId]: 5 } });
    const { cartId, actor } = await createCart({ items: [{ variantId: local.variants[0].id, quantity: 1 }, { variantId: remote.variants[0].id, quantity: 2 }] });

    const placed = await placeOrder(checkoutInput(cartId, { storeId: store.id }), actor, NOW);

    const holds = await prisma.reservation.findMany({ where: { orderId: placed.orderId }, select: { variantId: true, storeId: true, quantity: true } });
    expect(holds).toEqual(expect.arrayContaining([
      { variantId: local.variants[0].id, storeId: store.id, quantity: 1 },
      { variantId: remote.variants[0].id, storeId: warehouseId, quantity: 2 },
    ]));
    const transfer = await prisma.stockTransfer.findFirstOrThrow({ where: { orderId: placed.orderId }, include: { lines: true } });
    expect(transfer).toMatchObject({ fromStoreId: warehouseId, toStoreId: store.id, status: 'REQUESTED' });
    expect(transfer.lines.map((line) => [line.variantId, line.quantity])).toEqual([[remote.variants[0].id, 2]]);

    // Giving the order up cancels the transfer with the hold.
    await prisma.$transaction((tx) => releaseOrderReservations(tx, placed.orderId, 'test'));
    expect((await prisma.stockTransfer.findUniqueOrThrow({ where: { id: transfer.id } })).status).toBe('CANCELLED');
    expect(await stockLedgerProblems()).toEqual([]);
  });
});

describe('card orders', () => {
  it('wait for payment with a hold of the configured minutes, and queue no e-mail yet', async () => {
    enableCardPayments();
    const store = await createStore();
    const product = await createProduct({ stock: { [store.id]: 2 } });
    const { cartId, actor } = await createCart({ items: [{ variantId: product.variants[0].id, quantity: 2 }] });

    const placed = await placeOrder(checkoutInput(cartId, { storeId: store.id, payment: 'CARD' }), actor, NOW);

    expect(placed.status).toBe('PENDING_PAYMENT');
    expect(placed.emailIds).toEqual([]);
    const holds = await prisma.reservation.findMany({ where: { orderId: placed.orderId } });
    expect(holds.map((hold) => hold.expiresAt.getTime())).toEqual([NOW.getTime() + 20 * 60_000]);
    expect(await prisma.outboxMessage.count({ where: { reference: placed.orderId } })).toBe(0);
  });

  it('delivered home: shipping by the flat rate, held at the warehouse, address kept', async () => {
    enableCardPayments();
    const product = await createProduct({ variants: [{ priceCents: 1990, stock: { [warehouseId]: 5 } }] });
    const { cartId, actor } = await createCart({ items: [{ variantId: product.variants[0].id, quantity: 1 }] });

    const placed = await placeOrder(checkoutInput(cartId, { payment: 'CARD', fulfilment: DELIVERY }), actor, NOW);

    const order = await prisma.order.findUniqueOrThrow({ where: { id: placed.orderId } });
    expect(order).toMatchObject({
      fulfilment: 'DELIVERY',
      subtotalCents: 1990,
      shippingCents: 690,
      totalCents: 2680,
      vatCents: 404 + 140,
      shippingStreet: 'Kotikatu 1 B 2',
      shippingPostalCode: '40100',
      shippingCity: 'Jyväskylä',
      pickupStoreId: null,
    });
    expect(await prisma.reservation.findMany({ where: { orderId: order.id }, select: { storeId: true } })).toEqual([{ storeId: warehouseId }]);
  });

  it('to a parcel locker: free shipping once the goods reach the threshold', async () => {
    enableCardPayments();
    const product = await createProduct({ variants: [{ priceCents: 3000, stock: { [warehouseId]: 5 } }] });
    const { cartId, actor } = await createCart({ items: [{ variantId: product.variants[0].id, quantity: 2 }] });

    const placed = await placeOrder(checkoutInput(cartId, { payment: 'CARD', fulfilment: { type: 'PARCEL_LOCKER', lockerName: 'K-Market Kortepohja' } }), actor, NOW);

    expect(await prisma.order.findUniqueOrThrow({ where: { id: placed.orderId } })).toMatchObject({
      subtotalCents: 6000,
      shippingCents: 0,
      totalCents: 6000,
      parcelLockerName: 'K-Market Kortepohja',
    });
  });
});

describe('refused checkouts change nothing', () => {
  it('someone else’s cart is not found, whether a user’s or a guest’s', async () => {
    const store = await createStore();
    const product = await createProduct({ stock: { [store.id]: 5 } });
    const owner = await createUser();
    const stranger = await createUser();
    const usersCart = await createCart({ userId: owner.id, items: [{ variantId: product.variants[0].id, quantity: 1 }] });
    const guestsCart = await createCart({ items: [{ variantId: product.variants[0].id, quantity: 1 }] });
    const before = await snapshot(usersCart.cartId);

    const attempts = [
      () => placeOrder(checkoutInput(usersCart.cartId, { storeId: store.id }), { userId: stranger.id, guestCartToken: null }),
      () => placeOrder(checkoutInput(usersCart.cartId, { storeId: store.id }), guestsCart.actor),
      () => placeOrder(checkoutInput(guestsCart.cartId, { storeId: store.id }), { userId: stranger.id, guestCartToken: null }),
      () => placeOrder(checkoutInput(guestsCart.cartId, { storeId: store.id }), { userId: null, guestCartToken: 'not-the-cookie' }),
      () => placeOrder(checkoutInput(guestsCart.cartId, { storeId: store.id }), { userId: null, guestCartToken: null }),
      () => placeOrder(checkoutInput('not-a-uuid', { storeId: store.id }), guestsCart.actor),
    ];
    for (const attempt of attempts) expect(await refusal(attempt())).toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshot(usersCart.cartId)).toEqual(before);
    expect(await prisma.cartItem.count({ where: { cartId: guestsCart.cartId } })).toBe(1);
  });

  it('quantities the shop does not sell in one line (over 99) are refused', async () => {
    const store = await createStore();
    const product = await createProduct({ stock: { [store.id]: 500 } });
    const { cartId, actor } = await createCart({ items: [{ variantId: product.variants[0].id, quantity: 100 }] });
    const before = await snapshot(cartId);

    expect(await refusal(placeOrder(checkoutInput(cartId, { storeId: store.id }), actor))).toEqual({ code: 'VALIDATION', message: 'quantityTooLarge', field: 'quantity' });
    expect(await snapshot(cartId)).toEqual(before);
  });

  it('zero, negative, fractional and huge quantities never get a price', async () => {
    const product = await createProduct();
    for (const quantity of [0, -1, 1.5, 100, 1e9, Number.NaN]) {
      const quote = quoteOrder(prisma, { lines: [{ variantId: product.variants[0].id, quantity }], fulfilment: 'PICKUP', locale: 'fi' }, RATES);
      expect((await refusal(quote)).code).toBe('VALIDATION');
    }
  });

  it('an empty cart is refused', async () => {
    const store = await createStore();
    const { cartId, actor } = await createCart({ items: [] });
    expect((await refusal(placeOrder(checkoutInput(cartId, { storeId: store.id }), actor))).code).toBe('CART_EMPTY');
    expect(await prisma.order.count({ where: { pickupStoreId: store.id } })).toBe(0);
  });

  it('a product no longer sold is refused by name', async () => {
    const store = await createStore();
    const product = await createProduct({ nameFi: 'Poistuva tuote', stock: { [store.id]: 5 } });
    const { cartId, actor } = await createCart({ items: [{ variantId: product.variants[0].id, quantity: 1 }] });
    await prisma.product.update({ where: { id: product.id }, data: { status: 'ARCHIVED' } });
    const before = await snapshot(cartId);

    expect(await refusal(placeOrder(checkoutInput(cartId, { storeId: store.id }), actor))).toMatchObject({ code: 'PRODUCT_UNAVAILABLE', message: 'Poistuva tuote' });
    expect(await snapshot(cartId)).toEqual(before);
  });

  it('more than is anywhere is refused as out of stock, by name', async () => {
    const store = await createStore();
    const product = await createProduct({ nameFi: 'Harvinainen', variants: [{ size: 'M', stock: { [store.id]: 1 } }] });
    const { cartId, actor } = await createCart({ items: [{ variantId: product.variants[0].id, quantity: 2 }] });
    const before = await snapshot(cartId);

    expect(await refusal(placeOrder(checkoutInput(cartId, { storeId: store.id }), actor))).toMatchObject({ code: 'OUT_OF_STOCK', message: 'Harvinainen (M)' });
    expect(await snapshot(cartId)).toEqual(before);
  });

  it('without Stripe, only pickup paid at the store can be ordered', async () => {
    const store = await createStore();
    const product = await createProduct({ stock: { [store.id]: 5, [warehouseId]: 5 } });
    const { cartId, actor } = await createCart({ items: [{ variantId: product.variants[0].id, quantity: 1 }] });
    const before = await snapshot(cartId);

    expect(await refusal(placeOrder(checkoutInput(cartId, { fulfilment: DELIVERY, payment: 'CARD' }), actor))).toMatchObject({ code: 'VALIDATION', message: 'deliveryNeedsCard', field: 'fulfilment' });
    expect(await refusal(placeOrder(checkoutInput(cartId, { fulfilment: { type: 'PARCEL_LOCKER', lockerName: 'X' }, payment: 'PAY_AT_PICKUP' }), actor))).toMatchObject({ message: 'deliveryNeedsCard' });
    expect(await refusal(placeOrder(checkoutInput(cartId, { storeId: store.id, payment: 'CARD' }), actor))).toMatchObject({ message: 'cardUnavailable', field: 'payment' });
    expect(await snapshot(cartId)).toEqual(before);

    await placeOrder(checkoutInput(cartId, { storeId: store.id, payment: 'PAY_AT_PICKUP' }), actor);
    expect(await prisma.cartItem.count({ where: { cartId } })).toBe(0);
  });

  it('paying at pickup is only for pickup orders, and the pickup store must offer pickup', async () => {
    enableCardPayments();
    const closed = await createStore({ pickupEnabled: false });
    const product = await createProduct({ stock: { [closed.id]: 5, [warehouseId]: 5 } });
    const { cartId, actor } = await createCart({ items: [{ variantId: product.variants[0].id, quantity: 1 }] });
    const before = await snapshot(cartId);

    expect(await refusal(placeOrder(checkoutInput(cartId, { fulfilment: DELIVERY, payment: 'PAY_AT_PICKUP' }), actor))).toMatchObject({ message: 'payAtPickupNeedsPickup', field: 'payment' });
    expect(await refusal(placeOrder(checkoutInput(cartId, { storeId: closed.id }), actor))).toMatchObject({ message: 'pickupStoreInvalid', field: 'pickupStoreId' });
    expect(await refusal(placeOrder(checkoutInput(cartId, { storeId: warehouseId }), actor))).toMatchObject({ message: 'pickupStoreInvalid' });
    expect(await snapshot(cartId)).toEqual(before);
  });
});

it('a double click places one order: the second finds the cart empty', async () => {
  const store = await createStore();
  const product = await createProduct({ stock: { [store.id]: 10 } });
  const { cartId, actor } = await createCart({ items: [{ variantId: product.variants[0].id, quantity: 2 }] });

  const results = await Promise.allSettled([
    placeOrder(checkoutInput(cartId, { storeId: store.id }), actor),
    placeOrder(checkoutInput(cartId, { storeId: store.id }), actor),
  ]);

  expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
  const rejected = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
  expect(isAppError(rejected.reason, 'CART_EMPTY')).toBe(true);
  expect(await prisma.stockLevel.findUniqueOrThrow({ where: { variantId_storeId: { variantId: product.variants[0].id, storeId: store.id } } })).toMatchObject({ reserved: 2 });
});
