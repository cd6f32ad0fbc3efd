// No overselling: many shoppers check out at the same moment for fewer units than they want.
// Every scenario runs several rounds on the real PostgreSQL; after each, the stock ledger must
// hold: nothing over-reserved, movements add up to the stock levels, reserved = active holds.
import { beforeAll, describe, expect, it } from 'vitest';
import { placeOrder } from '@/lib/checkout/place-order';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { reserveStock } from '@/lib/inventory/reserve-stock';
import { createProduct } from '../support/factories/catalog';
import { checkoutInput, createCart, enableCardPayments, stockLedgerProblems } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import '../support/test-database';

// More connections than the default 10, so that more checkouts truly run side by side.
process.env.DATABASE_POOL_SIZE = '20';
enableCardPayments();

const ROUNDS = 3;
const BUYERS = 200;
const UNITS = 50;

let warehouseId: string;
beforeAll(async () => {
  warehouseId = (await createStore({ kind: 'WAREHOUSE', pickupEnabled: false, returnsEnabled: false, name: 'Verkkovarasto' })).id;
});

type Attempt = { kind: 'ordered'; orderId: string } | { kind: 'refused'; code: string } | { kind: 'crashed'; error: unknown };

/** Runs all checkouts at once; every one either orders or is refused with a code. */
async function all(checkouts: (() => Promise<{ orderId: string }>)[]): Promise<Attempt[]> {
  return Promise.all(
    checkouts.map((checkout) =>
      checkout().then(
        ({ orderId }): Attempt => ({ kind: 'ordered', orderId }),
        (error: unknown): Attempt => (isAppError(error) ? { kind: 'refused', code: error.code } : { kind: 'crashed', error }),
      ),
    ),
  );
}

function tally(attempts: Attempt[]) {
  const crashed = attempts.filter((attempt) => attempt.kind === 'crashed');
  if (crashed.length > 0) throw (crashed[0] as { error: unknown }).error;
  return {
    ordered: attempts.filter((attempt) => attempt.kind === 'ordered').map((attempt) => (attempt as { orderId: string }).orderId),
    refusals: attempts.filter((attempt) => attempt.kind === 'refused').map((attempt) => (attempt as { code: string }).code),
  };
}

async function carts(variantId: string, count: number) {
  return Promise.all(Array.from({ length: count }, () => createCart({ items: [{ variantId, quantity: 1 }] })));
}

async function level(variantId: string, storeId: string) {
  return prisma.stockLevel.findUniqueOrThrow({ where: { variantId_storeId: { variantId, storeId } }, select: { onHand: true, reserved: true } });
}

describe(`${BUYERS} concurrent checkouts for ${UNITS} units`, () => {
  it('at one store: exactly 50 orders hold a unit each, 150 are refused as out of stock', { timeout: 180_000 }, async () => {
    for (let round = 1; round <= ROUNDS; round += 1) {
      const store = await createStore();
      const product = await createProduct({ stock: { [store.id]: UNITS } });
      const variantId = product.variants[0].id;
      const buyers = await carts(variantId, BUYERS);

      const { ordered, refusals } = tally(
        await all(buyers.map(({ cartId, actor }) => () => placeOrder(checkoutInput(cartId, { storeId: store.id, payment: 'CARD' }), actor))),
      );

      expect(ordered).toHaveLength(UNITS);
      expect(refusals).toEqual(Array(BUYERS - UNITS).fill('OUT_OF_STOCK'));
      expect(await level(variantId, store.id)).toEqual({ onHand: UNITS, reserved: UNITS });
      const holds = await prisma.reservation.findMany({ where: { variantId }, select: { orderId: true, quantity: true, status: true, storeId: true } });
      expect(holds).toHaveLength(UNITS);
      expect(new Set(holds.map((hold) => hold.orderId))).toEqual(new Set(ordered));
      expect(holds.every((hold) => hold.quantity === 1 && hold.status === 'ACTIVE' && hold.storeId === store.id)).toBe(true);
      expect(await prisma.order.count({ where: { lines: { some: { variantId } } } })).toBe(UNITS);
      // The refused shoppers still have their carts; the buyers' carts are empty.
      expect(await prisma.cartItem.count({ where: { variantId } })).toBe(BUYERS - UNITS);
      expect(await stockLedgerProblems()).toEqual([]);
    }
  });

  it('with one SKU on two lines of each order: exactly 25 orders of 2 units, the rest refused', { timeout: 180_000 }, async () => {
    // A cart keeps one line per variant (a unique key), so the two lines are given to
    // reserveStock directly, inside an order's transaction as placeOrder does.
    for (let round = 1; round <= ROUNDS; round += 1) {
      const store = await createStore();
      const product = await createProduct({ stock: { [store.id]: UNITS } });
      const variantId = product.variants[0].id;
      const expiresAt = new Date(Date.now() + 15 * 60_000);

      const { ordered, refusals } = tally(
        await all(
          Array.from({ length: BUYERS }, () => () =>
            prisma.$transaction(
              async (tx) => {
                const order = await tx.order.create({
                  data: { fulfilment: 'PICKUP', pickupStoreId: store.id, email: 'pari@example.com', name: 'Pari', subtotalCents: 0, vatCents: 0, totalCents: 0 },
                });
                const line = { variantId, quantity: 1 };
                await reserveStock(tx, { orderId: order.id, storeId: store.id, lines: [line, line], expiresAt });
                return { orderId: order.id };
              },
              { maxWait: 30_000, timeout: 30_000 },
            ),
          ),
        ),
      );

      expect(ordered).toHaveLength(UNITS / 2);
      expect(refusals).toEqual(Array(BUYERS - UNITS / 2).fill('OUT_OF_STOCK'));
      expect(await level(variantId, store.id)).toEqual({ onHand: UNITS, reserved: UNITS });
      const holds = await prisma.reservation.findMany({ where: { variantId }, select: { quantity: true } });
      expect(holds).toEqual(Array(UNITS / 2).fill({ quantity: 2 }));
      expect(await stockLedgerProblems()).toEqual([]);
    }
  });

  it('home delivery and ship-to-store pickups competing for the warehouse: 50 orders in all', { timeout: 180_000 }, async () => {
    for (let round = 1; round <= ROUNDS; round += 1) {
      const pickupStore = await createStore();
      const product = await createProduct({ stock: { [warehouseId]: UNITS, [pickupStore.id]: 0 } });
      const variantId = product.variants[0].id;
      const deliveries = await carts(variantId, BUYERS / 2);
      const pickups = await carts(variantId, BUYERS / 2);

      const attempts = await all([
        ...deliveries.map(({ cartId, actor }) => () =>
          placeOrder(
            checkoutInput(cartId, { payment: 'CARD', fulfilment: { type: 'DELIVERY', street: 'Kotikatu 1', postalCode: '40100', city: 'Jyväskylä' } }),
            actor,
          ),
        ),
        ...pickups.map(({ cartId, actor }) => () => placeOrder(checkoutInput(cartId, { storeId: pickupStore.id }), actor)),
      ]);
      const { ordered, refusals } = tally(attempts);

      expect(ordered).toHaveLength(UNITS);
      expect(refusals).toEqual(Array(BUYERS - UNITS).fill('OUT_OF_STOCK'));
      expect(await level(variantId, warehouseId)).toEqual({ onHand: UNITS, reserved: UNITS });
      expect(await level(variantId, pickupStore.id)).toEqual({ onHand: 0, reserved: 0 });
      // Every pickup that got a unit asks the warehouse to send it to the store.
      const pickupOrders = await prisma.order.count({ where: { id: { in: ordered }, fulfilment: 'PICKUP' } });
      const transfers = await prisma.stockTransfer.findMany({ where: { orderId: { in: ordered } }, include: { lines: true } });
      expect(transfers).toHaveLength(pickupOrders);
      expect(transfers.every((transfer) => transfer.fromStoreId === warehouseId && transfer.toStoreId === pickupStore.id && transfer.lines[0].quantity === 1)).toBe(true);
      expect(await stockLedgerProblems()).toEqual([]);
    }
  });

  it("pickups at a store and ship-to-store pickups elsewhere competing for that store's stock: 50 orders in all", { timeout: 180_000 }, async () => {
    for (let round = 1; round <= ROUNDS; round += 1) {
      const storeA = await createStore();
      const storeB = await createStore();
      const product = await createProduct({ stock: { [storeA.id]: UNITS, [warehouseId]: 0 } });
      const variantId = product.variants[0].id;
      const atA = await carts(variantId, BUYERS / 2);
      const atB = await carts(variantId, BUYERS / 2);

      const { ordered, refusals } = tally(
        await all([
          ...atA.map(({ cartId, actor }) => () => placeOrder(checkoutInput(cartId, { storeId: storeA.id, payment: 'CARD' }), actor)),
          ...atB.map(({ cartId, actor }) => () => placeOrder(checkoutInput(cartId, { storeId: storeB.id }), actor)),
        ]),
      );

      expect(ordered).toHaveLength(UNITS);
      expect(refusals).toEqual(Array(BUYERS - UNITS).fill('OUT_OF_STOCK'));
      expect(await level(variantId, storeA.id)).toEqual({ onHand: UNITS, reserved: UNITS });
      const holds = await prisma.reservation.findMany({ where: { variantId }, select: { storeId: true } });
      expect(holds.every((hold) => hold.storeId === storeA.id)).toBe(true);
      const fromA = await prisma.stockTransfer.count({ where: { orderId: { in: ordered }, fromStoreId: storeA.id, toStoreId: storeB.id } });
      expect(fromA).toBe(await prisma.order.count({ where: { id: { in: ordered }, pickupStoreId: storeB.id } }));
      expect(await stockLedgerProblems()).toEqual([]);
    }
  });
});
