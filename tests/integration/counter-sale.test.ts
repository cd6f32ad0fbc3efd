// A sale at the store counter (lib/counter/sell-at-counter.ts) on the real PostgreSQL: what the
// shop sees after it (one order in the STORE channel, paid and fulfilled, stock gone from this
// store's shelf with a SALE movement, the receipt queued), and what it refuses without changing
// anything: too little cash, units held for online orders, a double press of "pay".
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { placeOrder } from '@/lib/checkout/place-order';
import { CounterStockError } from '@/lib/counter/counter-stock-error';
import { sellAtCounter, type CounterSaleInput } from '@/lib/counter/sell-at-counter';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { createProduct } from '../support/factories/catalog';
import { checkoutInput, createCart, stockLedgerProblems } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { createStaff } from './handover-fixtures';
import '../support/test-database';

// More connections than the default 10, so that the checkouts of the race truly run side by side.
process.env.DATABASE_POOL_SIZE = '20';

async function shop() {
  const store = await createStore();
  const seller = await createStaff([store.id], { name: 'Kaisa Kassa' });
  const coffee = await createProduct({ nameFi: 'Kahvi', variants: [{ priceCents: 1290, vatRateBp: 1400, stock: { [store.id]: 5 } }] });
  const mug = await createProduct({ nameFi: 'Muki', variants: [{ priceCents: 990, vatRateBp: 2550, stock: { [store.id]: 3 } }] });
  return { store, seller, coffee: coffee.variants[0], mug: mug.variants[0] };
}

function sale(storeId: string, lines: CounterSaleInput['lines'], overrides: Partial<CounterSaleInput> = {}): CounterSaleInput {
  return { storeId, tillKey: randomUUID(), lines, customerId: null, receiptEmail: null, payment: { method: 'CASH', givenCents: 5000 }, locale: 'fi', ...overrides };
}

async function onHand(variantId: string, storeId: string) {
  const level = await prisma.stockLevel.findUniqueOrThrow({ where: { variantId_storeId: { variantId, storeId } } });
  return { onHand: level.onHand, reserved: level.reserved };
}

async function counts() {
  return {
    orders: await prisma.order.count(),
    payments: await prisma.payment.count(),
    movements: await prisma.stockMovement.count(),
    outbox: await prisma.outboxMessage.count(),
  };
}

describe('a cash sale at the counter', () => {
  it('is one paid, fulfilled STORE order for the customer, with change, stock gone from this store and the receipt queued', async () => {
    const { store, seller, coffee, mug } = await shop();
    const customer = await createUser({ email: `asiakas-${Date.now()}@example.com`, name: 'Aino Asiakas' });

    const sold = await sellAtCounter(sale(store.id, [{ variantId: coffee.id, quantity: 2 }, { variantId: mug.id, quantity: 1 }], { customerId: customer.id }), seller);

    expect(sold).toMatchObject({ totalCents: 2 * 1290 + 990, changeCents: 5000 - 3570, created: true });
    const order = await prisma.order.findUniqueOrThrow({ where: { id: sold.orderId }, include: { lines: true, payments: true } });
    expect(order).toMatchObject({ channel: 'STORE', status: 'FULFILLED', customerId: customer.id, email: customer.email, pickupStoreId: store.id, soldById: seller.id, totalCents: 3570 });
    expect(order.paidAt).not.toBeNull();
    expect(order.payments.map((p) => [p.provider, p.amountCents, p.status])).toEqual([['CASH', 3570, 'SUCCEEDED']]);
    expect(order.lines.map((l) => [l.sku, l.quantity, l.lineTotalCents]).sort()).toEqual([[coffee.sku, 2, 2580], [mug.sku, 1, 990]].sort());
    expect(await onHand(coffee.id, store.id)).toEqual({ onHand: 3, reserved: 0 });
    expect(await onHand(mug.id, store.id)).toEqual({ onHand: 2, reserved: 0 });
    const movements = await prisma.stockMovement.findMany({ where: { orderId: order.id }, select: { type: true, onHandDelta: true, storeId: true } });
    expect(movements).toHaveLength(2);
    expect(movements.every((m) => m.type === 'SALE' && m.storeId === store.id && m.onHandDelta < 0)).toBe(true);
    expect(await stockLedgerProblems()).toEqual([]);

    const receipt = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'counter.receipt', reference: order.id } });
    expect(receipt.toEmail).toBe(customer.email);
    expect(receipt.subject).toBe(`Kuitti ${order.number}`);
    // VAT by rate, as a Finnish receipt shows it: 14 % on the coffee, 25.5 % on the mug.
    expect(receipt.text).toContain('ALV 14 %');
    expect(receipt.text).toContain('ALV 25,5 %');
    expect(receipt.text).toContain('Maksettu käteisellä myymälässä.');
  });

  it('without a customer or an address: a sale all the same, no e-mail', async () => {
    const { store, seller, mug } = await shop();
    const sold = await sellAtCounter(sale(store.id, [{ variantId: mug.id, quantity: 1 }], { payment: { method: 'CARD_TERMINAL', reference: '123456' } }), seller);
    expect(sold.emailId).toBeNull();
    const order = await prisma.order.findUniqueOrThrow({ where: { id: sold.orderId }, include: { payments: true } });
    expect(order.payments.map((p) => [p.provider, p.amountCents])).toEqual([['CARD_TERMINAL', 990]]);
    expect(await prisma.outboxMessage.count({ where: { reference: order.id } })).toBe(0);
  });

  it('paid partly by card and the rest in cash: two payments that add up to the total', async () => {
    const { store, seller, coffee } = await shop();
    const sold = await sellAtCounter(sale(store.id, [{ variantId: coffee.id, quantity: 1 }], { payment: { method: 'SPLIT', cardCents: 1000, givenCents: 500, reference: null } }), seller);
    expect(sold.changeCents).toBe(500 - 290);
    const payments = await prisma.payment.findMany({ where: { orderId: sold.orderId }, orderBy: { provider: 'asc' } });
    expect(payments.map((p) => [p.provider, p.amountCents])).toEqual([['CASH', 290], ['CARD_TERMINAL', 1000]]);
  });
});

describe('what the counter refuses, changing nothing', () => {
  it('cash given below the total', async () => {
    const { store, seller, coffee } = await shop();
    const before = await counts();
    const error = await sellAtCounter(sale(store.id, [{ variantId: coffee.id, quantity: 1 }], { payment: { method: 'CASH', givenCents: 1289 } }), seller).catch((e: unknown) => e);
    expect(isAppError(error, 'VALIDATION') && error.message).toBe('storeCounter.errors.cashTooLittle');
    expect(await counts()).toEqual(before);
    expect(await onHand(coffee.id, store.id)).toEqual({ onHand: 5, reserved: 0 });
  });

  it('units held for an online pickup order: staff are told which order holds them', async () => {
    const { store, seller, mug } = await shop();
    const { cartId, actor } = await createCart({ items: [{ variantId: mug.id, quantity: 2 }] });
    const online = await placeOrder(checkoutInput(cartId, { storeId: store.id }), actor);
    const onlineNumber = (await prisma.order.findUniqueOrThrow({ where: { id: online.orderId } })).number;
    const before = await counts();

    const error = await sellAtCounter(sale(store.id, [{ variantId: mug.id, quantity: 2 }]), seller).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CounterStockError);
    expect(error).toMatchObject({ available: 1, heldFor: [onlineNumber] });
    expect(await counts()).toEqual(before);
    expect(await onHand(mug.id, store.id)).toEqual({ onHand: 3, reserved: 2 });
    // The one unit that is free can be sold.
    await sellAtCounter(sale(store.id, [{ variantId: mug.id, quantity: 1 }]), seller);
    expect(await onHand(mug.id, store.id)).toEqual({ onHand: 2, reserved: 2 });
    expect(await stockLedgerProblems()).toEqual([]);
  });

  it('"pay" pressed twice at once: one sale, both presses get its receipt number', async () => {
    const { store, seller, coffee } = await shop();
    const input = sale(store.id, [{ variantId: coffee.id, quantity: 1 }]);
    const [first, second] = await Promise.all([sellAtCounter(input, seller), sellAtCounter(input, seller)]);
    expect(first.number).toBe(second.number);
    expect([first.created, second.created].sort()).toEqual([false, true]);
    expect(await prisma.order.count({ where: { tillKey: input.tillKey } })).toBe(1);
    expect(await onHand(coffee.id, store.id)).toEqual({ onHand: 4, reserved: 0 });
    expect(await prisma.payment.count({ where: { orderId: first.orderId } })).toBe(1);
  });

  it('a product that is not for sale, or a customer who does not exist', async () => {
    const { store, seller, mug } = await shop();
    const draft = await createProduct({ status: 'DRAFT', stock: { [store.id]: 2 } });
    const before = await counts();
    const unavailable = await sellAtCounter(sale(store.id, [{ variantId: draft.variants[0].id, quantity: 1 }]), seller).catch((e: unknown) => e);
    expect(isAppError(unavailable, 'PRODUCT_UNAVAILABLE')).toBe(true);
    const nobody = await sellAtCounter(sale(store.id, [{ variantId: mug.id, quantity: 1 }], { customerId: randomUUID() }), seller).catch((e: unknown) => e);
    expect(isAppError(nobody, 'VALIDATION') && nobody.message).toBe('storeCounter.errors.customerNotFound');
    expect(await counts()).toEqual(before);
  });
});

describe('never oversold across channels', () => {
  it('a counter sale and 50 online checkouts racing for the last 5 units of a store: exactly 5 sold', { timeout: 120_000 }, async () => {
    const { store, seller } = await shop();
    const product = await createProduct({ variants: [{ priceCents: 500, stock: { [store.id]: 5 } }] });
    const variantId = product.variants[0].id;
    const carts = await Promise.all(Array.from({ length: 50 }, () => createCart({ items: [{ variantId, quantity: 1 }] })));

    const online = carts.map(({ cartId, actor }) => () => placeOrder(checkoutInput(cartId, { storeId: store.id }), actor).then(() => 1));
    const counter = () => sellAtCounter(sale(store.id, [{ variantId, quantity: 2 }]), seller).then(() => 2);
    const outcomes = await Promise.allSettled([...online.slice(0, 25).map((go) => go()), counter(), ...online.slice(25).map((go) => go())]);

    const units = outcomes.reduce((sum, outcome) => sum + (outcome.status === 'fulfilled' ? outcome.value : 0), 0);
    const refusals = outcomes.filter((outcome) => outcome.status === 'rejected').map((outcome) => (outcome as PromiseRejectedResult).reason as unknown);
    expect(refusals.every((reason) => isAppError(reason, 'OUT_OF_STOCK') || reason instanceof CounterStockError)).toBe(true);
    expect(units).toBe(5);
    const level = await onHand(variantId, store.id);
    // What the counter sold left the shelf; what the web sold is held on it for pickup.
    expect(level.onHand - level.reserved).toBe(0);
    expect(level.onHand).toBeGreaterThanOrEqual(0);
    expect(await stockLedgerProblems()).toEqual([]);
  });
});
