// Handing a click & collect order over at the counter: the code, the payment at the counter, the
// stock, the receipt, the lock after wrong codes, and two staff pressing at once.
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { PickupLockedError, WrongPickupCodeError } from '@/lib/pickups/hand-over-errors';
import { handOverPickup } from '@/lib/pickups/hand-over-pickup';
import { createProduct } from '../support/factories/catalog';
import { stockLedgerProblems } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import { CODE, createPickupOrder, createStaff } from './handover-fixtures';
import '../support/test-database';

const NOW = new Date('2026-03-11T09:30:00Z');
const MINUTE = 60_000;

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!isAppError(error)) throw new Error(`Expected a refusal, got ${String(error)}`);
  return error;
}

/** The e-mail's text with the no-break spaces of formatted money as plain spaces. */
function plain(text: string) {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** What a refused hand-over must leave as it was. */
async function snapshot(orderId: string) {
  const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { pickup: true } });
  return {
    orderStatus: order.status,
    pickupStatus: order.pickup?.status,
    payments: await prisma.payment.count({ where: { orderId } }),
    activeHolds: await prisma.reservation.count({ where: { orderId, status: 'ACTIVE' } }),
    outbox: await prisma.outboxMessage.count({ where: { kind: 'pickup.receipt', reference: orderId } }),
    events: await prisma.orderEvent.count({ where: { orderId } }),
  };
}

describe('handing over an order paid online', () => {
  it('marks it picked up by this staff member now, fulfils the order and queues one receipt e-mail', async () => {
    const { storeId, order } = await createPickupOrder({ paid: true, name: 'Aino Asiakas' });
    const staff = await createStaff([storeId], { name: 'Jussi Järvinen' });

    const result = await handOverPickup({ storeId, orderNumber: order.number, code: ' abc-234 ' }, staff, NOW);

    expect(result).toMatchObject({ orderId: order.id, number: order.number, paymentId: null });
    const after = await prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { pickup: true, payments: true, events: true } });
    expect(after.status).toBe('FULFILLED');
    expect(after.fulfilledAt).toEqual(NOW);
    expect(after.pickup).toMatchObject({ status: 'PICKED_UP', pickedUpAt: NOW, handedOverById: staff.id, failedAttempts: 0 });
    expect(after.payments).toHaveLength(1); // the online payment only: nothing taken at the counter
    expect(after.events.find((event) => event.type === 'picked_up')).toMatchObject({ actorId: staff.id, data: { method: 'PREPAID' } });

    const receipts = await prisma.outboxMessage.findMany({ where: { kind: 'pickup.receipt', reference: order.id } });
    expect(receipts).toHaveLength(1);
    expect(receipts[0].id).toBe(result.emailId);
    expect(receipts[0].toEmail).toBe(order.email);
    expect(receipts[0].subject).toBe(`Kuitti: tilaus ${order.number} noudettu`);
    expect(plain(receipts[0].text)).toContain(`2 × ${order.lines[0].name}: 25,80 €`);
    expect(plain(receipts[0].text)).toContain('Yhteensä: 25,80 €');
    expect(plain(receipts[0].text)).toContain('Maksettu verkossa tilattaessa.');
    expect(plain(receipts[0].text)).toContain('ALV 25,5 %: 5,24 € (veroton 20,56 €)');
    expect(plain(receipts[0].text)).toContain('Sinua palveli: Jussi');
    expect(plain(receipts[0].text)).toMatch(/Noudettu: 11\. maaliskuuta 2026 klo 11\.30/);
  });

  it('writes the receipt in the order’s language', async () => {
    const { storeId, order } = await createPickupOrder({ paid: true, locale: 'en' });
    const staff = await createStaff([storeId]);
    await handOverPickup({ storeId, orderNumber: order.number, code: CODE }, staff, NOW);
    const receipt = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'pickup.receipt', reference: order.id } });
    expect(receipt.subject).toBe(`Receipt: order ${order.number} picked up`);
    expect(plain(receipt.text)).toContain('Paid online when ordering.');
  });
});

describe('handing over an order paid at the counter', () => {
  it('records the cash payment, turns the held stock into a sale and fulfils the order', async () => {
    const store = await createStore();
    const product = await createProduct({ variants: [{ priceCents: 1290, stock: { [store.id]: 5 } }] });
    const variantId = product.variants[0].id;
    const { storeId, order } = await createPickupOrder({ storeId: store.id, items: [{ variantId, quantity: 2 }] });
    const staff = await createStaff([storeId]);
    expect(await prisma.stockLevel.findUniqueOrThrow({ where: { variantId_storeId: { variantId, storeId } } })).toMatchObject({ onHand: 5, reserved: 2 });

    const result = await handOverPickup({ storeId, orderNumber: order.number, code: CODE, paymentMethod: 'CASH' }, staff, NOW);

    const payments = await prisma.payment.findMany({ where: { orderId: order.id } });
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ id: result.paymentId, provider: 'CASH', status: 'SUCCEEDED', amountCents: 2580 });
    const after = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after).toMatchObject({ status: 'FULFILLED', paidAt: NOW, fulfilledAt: NOW });
    expect(await prisma.reservation.findMany({ where: { orderId: order.id }, select: { status: true } })).toEqual([{ status: 'CONVERTED' }]);
    expect(await prisma.stockLevel.findUniqueOrThrow({ where: { variantId_storeId: { variantId, storeId } } })).toMatchObject({ onHand: 3, reserved: 0 });
    const sales = await prisma.stockMovement.findMany({ where: { orderId: order.id, type: 'SALE' } });
    expect(sales).toMatchObject([{ variantId, storeId, onHandDelta: -2, reservedDelta: -2 }]);
    expect(await stockLedgerProblems()).toEqual([]);
    const receipt = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'pickup.receipt', reference: order.id } });
    expect(plain(receipt.text)).toContain('Maksettu käteisellä myymälässä.');
  });

  it('charges only the lines still in the order (a line whose goods were not found is left out)', async () => {
    const store = await createStore();
    const tea = await createProduct({ nameFi: 'Tee', variants: [{ priceCents: 800, stock: { [store.id]: 5 } }] });
    const mug = await createProduct({ nameFi: 'Muki', variants: [{ priceCents: 2000, stock: { [store.id]: 5 } }] });
    const { storeId, order } = await createPickupOrder({
      storeId: store.id,
      items: [
        { variantId: tea.variants[0].id, quantity: 1 },
        { variantId: mug.variants[0].id, quantity: 1 },
      ],
    });
    const mugLine = order.lines.find((line) => line.variantId === mug.variants[0].id)!;
    await prisma.orderLine.update({ where: { id: mugLine.id }, data: { cancelledAt: NOW } });
    const staff = await createStaff([storeId]);

    await handOverPickup({ storeId, orderNumber: order.number, code: CODE, paymentMethod: 'CARD_TERMINAL' }, staff, NOW);

    expect(await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ provider: 'CARD_TERMINAL', amountCents: 800 });
    const receipt = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'pickup.receipt', reference: order.id } });
    expect(plain(receipt.text)).toContain('Yhteensä: 8,00 €');
    expect(plain(receipt.text)).not.toContain('Muki');
    expect(plain(receipt.text)).toContain('Maksettu kortilla myymälässä.');
  });

  it('asks how the customer paid before anything happens, without counting it as a wrong code', async () => {
    const { storeId, order } = await createPickupOrder();
    const staff = await createStaff([storeId]);
    const before = await snapshot(order.id);

    const error = await refusal(handOverPickup({ storeId, orderNumber: order.number, code: CODE }, staff, NOW));

    expect(error).toMatchObject({ code: 'VALIDATION', message: 'storeHandover.errors.paymentMethodRequired', field: 'paymentMethod' });
    expect(await snapshot(order.id)).toEqual(before);
    expect((await prisma.pickup.findUniqueOrThrow({ where: { orderId: order.id } })).failedAttempts).toBe(0);
  });
});

describe('what cannot be handed over', () => {
  it('refuses an order that is still being picked, and changes nothing', async () => {
    for (const status of ['PENDING', 'PICKING'] as const) {
      const { storeId, order } = await createPickupOrder({ status, paid: true });
      const staff = await createStaff([storeId]);
      const before = await snapshot(order.id);
      const error = await refusal(handOverPickup({ storeId, orderNumber: order.number, code: CODE }, staff, NOW));
      expect(error.code).toBe('INVALID_STATE');
      expect(await snapshot(order.id)).toEqual(before);
    }
  });

  it('refuses a second hand-over of the same order', async () => {
    const { storeId, order } = await createPickupOrder({ paid: true });
    const staff = await createStaff([storeId]);
    await handOverPickup({ storeId, orderNumber: order.number, code: CODE }, staff, NOW);
    const before = await snapshot(order.id);
    expect((await refusal(handOverPickup({ storeId, orderNumber: order.number, code: CODE }, staff, NOW))).code).toBe('INVALID_STATE');
    expect(await snapshot(order.id)).toEqual(before);
  });

  it('does not find an order that is picked up at another store', async () => {
    const { order } = await createPickupOrder({ paid: true });
    const otherStore = await createStore();
    const staff = await createStaff([otherStore.id]);
    const before = await snapshot(order.id);
    expect((await refusal(handOverPickup({ storeId: otherStore.id, orderNumber: order.number, code: CODE }, staff, NOW))).code).toBe('NOT_FOUND');
    expect(await snapshot(order.id)).toEqual(before);
  });
});

describe('wrong codes', () => {
  it('counts down the tries, locks the hand-over for 15 minutes at the fifth, and lets the right code through after that', async () => {
    const { storeId, order } = await createPickupOrder({ paid: true });
    const staff = await createStaff([storeId]);
    const attempt = (code: string, at: Date) => handOverPickup({ storeId, orderNumber: order.number, code }, staff, at);

    for (const triesLeft of [4, 3, 2, 1]) {
      const error = await refusal(attempt('XYZ789', NOW));
      expect(error).toBeInstanceOf(WrongPickupCodeError);
      expect((error as WrongPickupCodeError).triesLeft).toBe(triesLeft);
      // Kept although the hand-over failed.
      expect((await prisma.pickup.findUniqueOrThrow({ where: { orderId: order.id } })).failedAttempts).toBe(5 - triesLeft);
    }
    const fifth = await refusal(attempt('XYZ789', NOW));
    expect(fifth).toBeInstanceOf(PickupLockedError);
    expect(fifth.code).toBe('LOCKED');
    const lockedUntil = new Date(NOW.getTime() + 15 * MINUTE);
    expect((fifth as PickupLockedError).lockedUntil).toEqual(lockedUntil);
    expect(await prisma.pickup.findUniqueOrThrow({ where: { orderId: order.id } })).toMatchObject({ failedAttempts: 0, lockedUntil, status: 'READY_FOR_PICKUP' });

    // Locked: even the right code is refused until the 15 minutes are up.
    expect((await refusal(attempt(CODE, new Date(NOW.getTime() + 14 * MINUTE)))).code).toBe('LOCKED');
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('PAID');

    await attempt(CODE, new Date(lockedUntil.getTime() + 1000));
    expect(await prisma.pickup.findUniqueOrThrow({ where: { orderId: order.id } })).toMatchObject({ status: 'PICKED_UP', lockedUntil: null });
  });
});

describe('two staff pressing "picked up" at once', () => {
  it('gives one hand-over, one payment and one receipt', async () => {
    const store = await createStore();
    const product = await createProduct({ variants: [{ priceCents: 1290, stock: { [store.id]: 5 } }] });
    const { storeId, order } = await createPickupOrder({ storeId: store.id, items: [{ variantId: product.variants[0].id, quantity: 2 }] });
    const [first, second] = [await createStaff([storeId]), await createStaff([storeId])];

    const results = await Promise.allSettled([
      handOverPickup({ storeId, orderNumber: order.number, code: CODE, paymentMethod: 'CASH' }, first, NOW),
      handOverPickup({ storeId, orderNumber: order.number, code: CODE, paymentMethod: 'CARD_TERMINAL' }, second, NOW),
    ]);

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((result) => result.status === 'rejected');
    expect(isAppError(rejected?.reason, 'INVALID_STATE')).toBe(true);
    expect(await prisma.payment.count({ where: { orderId: order.id } })).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { kind: 'pickup.receipt', reference: order.id } })).toBe(1);
    expect(await prisma.orderEvent.count({ where: { orderId: order.id, type: 'picked_up' } })).toBe(1);
    expect(await prisma.stockMovement.count({ where: { orderId: order.id, type: 'SALE' } })).toBe(1);
    expect(await stockLedgerProblems()).toEqual([]);
  });
});
