// Add-ons sold at the hand-over (issue 15, item 5) on the real PostgreSQL, through the "picked up"
// action: the hand-over and a counter sale of the ticked add-ons to the same customer in ONE
// transaction. Either both happen or nothing does (sold out meanwhile, the day closed, a price
// changed), a double press makes one of each, and only staff of the store may do it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handOverPickupAction } from '@/lib/actions/handover-pickup';
import { businessDate } from '@/lib/counter/day-close/business-date';
import { closeStoreDay } from '@/lib/counter/day-close/close-store-day';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { addOnTillKey } from '@/lib/pickups/add-on-till-key';
import { handOverWithAddOns } from '@/lib/pickups/hand-over-with-add-ons';
import { createProduct } from '../support/factories/catalog';
import { stockLedgerProblems } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { request, resetRequest, Stopped } from '../support/request-stand-ins';
import { CODE, createPickupOrder, createStaff } from './handover-fixtures';
import '../support/test-database';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/jobs/send-outbox-soon', () => import('../support/request-stand-ins').then((m) => m.outboxKickStandIn));

beforeEach(resetRequest);

/** A store with an order ready for pickup there, and two add-ons on its shelf (some elsewhere too). */
async function counter(options: { paid?: boolean; customerId?: string } = {}) {
  const store = await createStore();
  const elsewhere = await createStore();
  const staff = await createStaff([store.id], { name: 'Kaisa Kassa' });
  const { order } = await createPickupOrder({ storeId: store.id, ...options });
  const filters = (await createProduct({ nameFi: 'Suodatinpussit', variants: [{ priceCents: 390, vatRateBp: 1400, stock: { [store.id]: 6, [elsewhere.id]: 4 } }] })).variants[0];
  const mug = (await createProduct({ nameFi: 'Muki', variants: [{ priceCents: 1490, stock: { [store.id]: 2 } }] })).variants[0];
  return { store, elsewhere, staff, order, filters, mug };
}

type AddOnLine = { variantId: string; quantity: number };

function press(fields: { storeId: string; number: number; paymentMethod?: string; code?: string; addOns: AddOnLine[]; addOnsCents: number }) {
  const data = new FormData();
  data.append('storeId', fields.storeId);
  data.append('number', String(fields.number));
  data.append('code', fields.code ?? CODE);
  data.append('paymentMethod', fields.paymentMethod ?? '');
  data.append('addOns', JSON.stringify(fields.addOns));
  data.append('addOnsCents', String(fields.addOnsCents));
  return handOverPickupAction({ status: 'idle' }, data);
}

async function onHand(variantId: string, storeId: string) {
  return (await prisma.stockLevel.findUniqueOrThrow({ where: { variantId_storeId: { variantId, storeId } } })).onHand;
}

/** Everything a hand-over with add-ons would change. */
async function snapshot(orderId: string, variantIds: string[], storeId: string) {
  const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { pickup: true } });
  return {
    status: order.status,
    pickup: order.pickup?.status,
    storeSales: await prisma.order.count({ where: { channel: 'STORE', pickupStoreId: storeId } }),
    payments: await prisma.payment.count(),
    outbox: await prisma.outboxMessage.count(),
    events: await prisma.orderEvent.count({ where: { orderId } }),
    stock: await Promise.all(variantIds.map((id) => onHand(id, storeId))),
  };
}

describe('add-ons sold with the hand-over', () => {
  it('pay-at-pickup, two add-ons in cash: the order FULFILLED, one STORE sale of both for the same customer, stock down here, one payment per order, both receipts', async () => {
    const customer = await createUser({ email: `asiakas-${Date.now()}@example.com`, name: 'Aino Asiakas' });
    const { store, elsewhere, staff, order, filters, mug } = await counter({ customerId: customer.id });
    expect(order.customerId).toBe(customer.id);
    request.userId = staff.id;

    const addOnsCents = 2 * 390 + 1490;
    const state = await press({ storeId: store.id, number: order.number, paymentMethod: 'CASH', addOns: [{ variantId: filters.id, quantity: 2 }, { variantId: mug.id, quantity: 1 }], addOnsCents });

    const sale = await prisma.order.findUniqueOrThrow({ where: { tillKey: addOnTillKey(order.pickup!.id) }, include: { lines: true, payments: true } });
    expect(state).toEqual({ status: 'ok', message: `Tilaus ${order.number} on luovutettu ja lisätuotteet myyty (myynti ${sale.number}). Kuitit lähtevät asiakkaalle sähköpostilla.` });
    const handedOver = await prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { pickup: true, payments: true } });
    expect(handedOver.status).toBe('FULFILLED');
    expect(handedOver.pickup?.status).toBe('PICKED_UP');
    expect(handedOver.payments.map((p) => [p.provider, p.amountCents])).toEqual([['CASH', order.totalCents]]);

    expect(sale).toMatchObject({ channel: 'STORE', status: 'FULFILLED', customerId: customer.id, email: customer.email, pickupStoreId: store.id, soldById: staff.id, totalCents: addOnsCents });
    expect(sale.lines.map((l) => [l.variantId, l.quantity, l.lineTotalCents]).sort()).toEqual([[filters.id, 2, 780], [mug.id, 1, 1490]].sort());
    expect(sale.payments.map((p) => [p.provider, p.amountCents, p.status])).toEqual([['CASH', addOnsCents, 'SUCCEEDED']]);
    expect(await prisma.order.count({ where: { channel: 'STORE', pickupStoreId: store.id } })).toBe(1);

    // The add-ons left this store's shelf, not the other store's.
    expect([await onHand(filters.id, store.id), await onHand(mug.id, store.id), await onHand(filters.id, elsewhere.id)]).toEqual([4, 1, 4]);
    expect(await stockLedgerProblems()).toEqual([]);

    // The pickup order's timeline names the sale.
    const event = await prisma.orderEvent.findFirstOrThrow({ where: { orderId: order.id, type: 'add_ons_sold' } });
    expect(event.data).toMatchObject({ saleOrderId: sale.id, saleNumber: sale.number, amountCents: addOnsCents, method: 'CASH' });
    expect(event.actorId).toBe(staff.id);

    // Two receipts, both sent at once: the pickup's and the counter sale's.
    const pickupReceipt = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'pickup.receipt', reference: order.id } });
    const saleReceipt = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'counter.receipt', reference: sale.id } });
    expect(saleReceipt.toEmail).toBe(customer.email);
    expect(request.sentSoon).toEqual([[pickupReceipt.id, saleReceipt.id]]);
  });

  it("an order paid online, a guest's: only the add-ons are paid (card terminal), the receipt to the order's address", async () => {
    const { store, staff, order, mug } = await counter({ paid: true });
    request.userId = staff.id;

    expect(await press({ storeId: store.id, number: order.number, paymentMethod: 'CARD_TERMINAL', addOns: [{ variantId: mug.id, quantity: 1 }], addOnsCents: 1490 })).toMatchObject({ status: 'ok' });

    const sale = await prisma.order.findFirstOrThrow({ where: { channel: 'STORE', pickupStoreId: store.id }, include: { payments: true } });
    expect(sale).toMatchObject({ customerId: null, email: order.email, totalCents: 1490 });
    expect(sale.payments.map((p) => [p.provider, p.amountCents])).toEqual([['CARD_TERMINAL', 1490]]);
    expect((await prisma.payment.findMany({ where: { orderId: order.id } })).map((p) => p.provider)).toEqual(['STRIPE']);
    expect(await prisma.outboxMessage.count({ where: { kind: 'counter.receipt', toEmail: order.email } })).toBe(1);
  });

  it('asks how the customer paid when only add-ons are to be paid, and does nothing meanwhile', async () => {
    const { store, staff, order, mug } = await counter({ paid: true });
    request.userId = staff.id;
    const before = await snapshot(order.id, [mug.id], store.id);

    expect(await press({ storeId: store.id, number: order.number, addOns: [{ variantId: mug.id, quantity: 1 }], addOnsCents: 1490 })).toMatchObject({
      status: 'error',
      fieldErrors: { paymentMethod: 'Valitse, miten asiakas maksoi: käteisellä vai korttipäätteellä.' },
    });
    expect(await snapshot(order.id, [mug.id], store.id)).toEqual(before);
  });
});

describe('when the add-ons cannot be sold, nothing happens', () => {
  it('an add-on sold out meanwhile: the pickup stays READY_FOR_PICKUP, no sale, no payment, staff told what is left', async () => {
    const { store, staff, order, filters, mug } = await counter();
    request.userId = staff.id;
    // The page showed two mugs; someone bought one at the till meanwhile.
    await prisma.stockLevel.update({ where: { variantId_storeId: { variantId: mug.id, storeId: store.id } }, data: { onHand: 1 } });
    const before = await snapshot(order.id, [filters.id, mug.id], store.id);

    const state = await press({ storeId: store.id, number: order.number, paymentMethod: 'CASH', addOns: [{ variantId: filters.id, quantity: 1 }, { variantId: mug.id, quantity: 2 }], addOnsCents: 390 + 2 * 1490 });

    const message = 'Muki: tässä myymälässä vapaana enää 1. Mitään ei tallennettu eikä tilausta luovutettu. Muuta määrää tai poista rasti ja paina uudelleen.';
    expect(state).toEqual({ status: 'error', message, fieldErrors: { addOns: message } });
    expect(await snapshot(order.id, [filters.id, mug.id], store.id)).toEqual(before);
    expect(before).toMatchObject({ status: 'PAY_AT_PICKUP', pickup: 'READY_FOR_PICKUP', storeSales: 0 });
    expect(request.sentSoon).toEqual([]);
  });

  it("the store's day closed: even an order paid online is not handed over with add-ons", async () => {
    const { store, staff, order, mug } = await counter({ paid: true });
    request.userId = staff.id;
    await closeStoreDay({ storeId: store.id, date: businessDate(new Date()), countedCashCents: 0, terminalCardCents: 0, reason: null }, staff);
    const before = await snapshot(order.id, [mug.id], store.id);

    expect(await press({ storeId: store.id, number: order.number, paymentMethod: 'CASH', addOns: [{ variantId: mug.id, quantity: 1 }], addOnsCents: 1490 })).toMatchObject({
      status: 'error',
      message: 'Myymälän päivä on jo suljettu: kassa ei ota tänään enää vastaan maksuja eikä anna palautuksia.',
    });
    expect(await snapshot(order.id, [mug.id], store.id)).toEqual(before);
    expect(before).toMatchObject({ status: 'PAID', pickup: 'READY_FOR_PICKUP' });
  });

  it('a price changed since the page was shown: the amount taken would be wrong, so nothing is done', async () => {
    const { store, staff, order, mug } = await counter();
    request.userId = staff.id;
    await prisma.productVariant.update({ where: { id: mug.id }, data: { priceCents: 1590 } });
    const before = await snapshot(order.id, [mug.id], store.id);

    expect(await press({ storeId: store.id, number: order.number, paymentMethod: 'CASH', addOns: [{ variantId: mug.id, quantity: 1 }], addOnsCents: 1490 })).toMatchObject({
      status: 'error',
      message: 'Lisätuotteiden hinta on muuttunut. Mitään ei tallennettu eikä tilausta luovutettu. Lataa sivu ja tarkista summa.',
    });
    expect(await snapshot(order.id, [mug.id], store.id)).toEqual(before);
  });

  it('a wrong code: counted as without add-ons, and nothing sold', async () => {
    const { store, staff, order, mug } = await counter();
    request.userId = staff.id;

    expect(await press({ storeId: store.id, number: order.number, code: 'XYZ789', paymentMethod: 'CASH', addOns: [{ variantId: mug.id, quantity: 1 }], addOnsCents: 1490 })).toMatchObject({
      message: 'Väärä koodi (4 yritystä jäljellä).',
    });
    expect((await prisma.pickup.findUniqueOrThrow({ where: { orderId: order.id } })).failedAttempts).toBe(1);
    expect(await prisma.order.count({ where: { channel: 'STORE', pickupStoreId: store.id } })).toBe(0);
    expect(await onHand(mug.id, store.id)).toBe(2);
  });
});

describe('a double press', () => {
  it('two presses at once: one hand-over, one sale, one payment per order, the stock taken once', async () => {
    const { store, staff, order, filters } = await counter();
    const input = { storeId: store.id, orderNumber: order.number, code: CODE, paymentMethod: 'CASH' as const, addOns: [{ variantId: filters.id, quantity: 2 }], addOnsCents: 780 };

    const results = await Promise.allSettled([handOverWithAddOns(input, staff), handOverWithAddOns(input, staff)]);

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected');
    expect(refused && isAppError(refused.reason, 'INVALID_STATE')).toBe(true);
    expect(await prisma.order.count({ where: { channel: 'STORE', pickupStoreId: store.id } })).toBe(1);
    expect(await prisma.payment.count({ where: { orderId: order.id } })).toBe(1);
    expect(await prisma.payment.count({ where: { order: { channel: 'STORE', pickupStoreId: store.id } } })).toBe(1);
    expect(await prisma.orderEvent.count({ where: { orderId: order.id, type: 'add_ons_sold' } })).toBe(1);
    expect(await onHand(filters.id, store.id)).toBe(4);
  });

  it('a press after it went through is told it has already changed, and sells nothing more', async () => {
    const { store, staff, order, filters } = await counter();
    request.userId = staff.id;
    const fields = { storeId: store.id, number: order.number, paymentMethod: 'CASH', addOns: [{ variantId: filters.id, quantity: 1 }], addOnsCents: 390 };
    expect(await press(fields)).toMatchObject({ status: 'ok' });

    expect(await press(fields)).toMatchObject({ status: 'error', message: 'Tämä on jo muuttunut (esimerkiksi toinen työntekijä ehti ensin). Päivitä sivu ja tarkista tilanne.' });
    expect(await prisma.order.count({ where: { channel: 'STORE', pickupStoreId: store.id } })).toBe(1);
    expect(await onHand(filters.id, store.id)).toBe(5);
  });
});

describe('who may sell add-ons at the hand-over', () => {
  async function stoppedBy(promise: Promise<unknown>) {
    const error = await promise.then(() => null, (e: unknown) => e);
    if (!(error instanceof Stopped)) throw new Error(`Expected the request to be stopped, got ${String(error)}`);
    return error.how;
  }

  it('refuses a customer, and staff of another store whichever store id they send; nothing changes', async () => {
    const { store, order, mug } = await counter();
    const otherStore = await createStore();
    await createProduct({ variants: [{ stock: { [otherStore.id]: 3 } }] });
    const fields = { number: order.number, paymentMethod: 'CASH', addOns: [{ variantId: mug.id, quantity: 1 }], addOnsCents: 1490 };
    const before = await snapshot(order.id, [mug.id], store.id);

    request.userId = (await createUser()).id;
    expect(await stoppedBy(press({ storeId: store.id, ...fields }))).toBe('forbidden');

    request.userId = (await createStaff([otherStore.id])).id;
    expect(await stoppedBy(press({ storeId: store.id, ...fields }))).toBe('forbidden');
    // Their own store's id with this order's number: the order is not picked up there.
    expect(await press({ storeId: otherStore.id, ...fields })).toMatchObject({ status: 'error', message: 'Etsimääsi ei löytynyt.' });

    expect(await snapshot(order.id, [mug.id], store.id)).toEqual(before);
  });
});
