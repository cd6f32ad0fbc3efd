// The counter's daily close on the real PostgreSQL: the day's figures (sales and pickups paid at
// this counter, refunds given here, by method and VAT rate), the close with counted amounts and a
// reason for a difference, and a closed day that takes no more money and is corrected only by
// new entries. The close action is tried by each role.
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { closeStoreDayAction, correctStoreDayAction } from '@/lib/actions/counter-close-day';
import { businessDate } from '@/lib/counter/day-close/business-date';
import { closeStoreDay, correctStoreDay } from '@/lib/counter/day-close/close-store-day';
import { loadDayFigures } from '@/lib/counter/day-close/day-figures';
import { sellAtCounter, type CounterSaleInput } from '@/lib/counter/sell-at-counter';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { handOverPickup } from '@/lib/pickups/hand-over-pickup';
import { receiveReturn } from '@/lib/returns/receive-return';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { request, resetRequest, Stopped } from '../support/request-stand-ins';
import { CODE, createPickupOrder, createStaff } from './handover-fixtures';
import '../support/test-database';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationWithQueryStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/jobs/send-outbox-soon', () => import('../support/request-stand-ins').then((m) => m.outboxKickStandIn));

beforeEach(resetRequest);

const today = () => businessDate(new Date());

async function counterStore() {
  const store = await createStore({ returnsEnabled: true, pickupEnabled: true });
  const seller = await createStaff([store.id], { name: 'Kaisa Kassa' });
  const coffee = (await createProduct({ variants: [{ priceCents: 1290, vatRateBp: 1400, stock: { [store.id]: 10 } }] })).variants[0];
  const mug = (await createProduct({ variants: [{ priceCents: 990, vatRateBp: 2550, stock: { [store.id]: 10 } }] })).variants[0];
  return { store, seller, coffee, mug };
}

function sale(storeId: string, lines: CounterSaleInput['lines'], payment: CounterSaleInput['payment']): CounterSaleInput {
  return { storeId, tillKey: randomUUID(), lines, customerId: null, receiptEmail: null, payment, locale: 'fi' };
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describe("the day's figures", () => {
  it('counter sales and a pickup paid here, less a cash refund given here, by method and VAT rate', async () => {
    const { store, seller, coffee, mug } = await counterStore();
    const cash = await sellAtCounter(sale(store.id, [{ variantId: coffee.id, quantity: 2 }], { method: 'CASH', givenCents: 3000 }), seller);
    await sellAtCounter(sale(store.id, [{ variantId: mug.id, quantity: 1 }], { method: 'CARD_TERMINAL', reference: null }), seller);
    const { order } = await createPickupOrder({ storeId: store.id });
    await handOverPickup({ storeId: store.id, orderNumber: order.number, code: CODE, paymentMethod: 'CASH' }, seller);
    const line = await prisma.orderLine.findFirstOrThrow({ where: { orderId: cash.orderId } });
    await receiveReturn({ storeId: store.id, target: { orderId: cash.orderId }, lines: [{ orderLineId: line.id, quantity: 1, condition: 'RESALEABLE', restock: true }] }, { id: seller.id, role: 'STAFF' });

    const figures = await loadDayFigures(prisma, store.id, today());

    expect(figures.payments).toEqual({ CASH: 2580 + order.totalCents, CARD_TERMINAL: 990 });
    expect(figures.refunds).toEqual({ CASH: 1290, CARD_TERMINAL: 0 });
    expect(figures.expected).toEqual({ CASH: 2580 + order.totalCents - 1290, CARD_TERMINAL: 990 });
    expect(figures.sales.count).toBe(3);
    expect(figures.returns).toEqual({ count: 1, byVat: [{ rateBp: 1400, grossCents: 1290 }] });
    expect(figures.sales.byVat).toEqual([
      { rateBp: 2550, grossCents: 990 + order.totalCents },
      { rateBp: 1400, grossCents: 2580 },
    ]);
    // Another store's day is its own.
    const other = await createStore();
    expect((await loadDayFigures(prisma, other.id, today())).expected).toEqual({ CASH: 0, CARD_TERMINAL: 0 });
  });
});

describe('closing the day', () => {
  it('matching counts close without a reason; a difference needs one and is recorded', async () => {
    const { store, seller, coffee } = await counterStore();
    await sellAtCounter(sale(store.id, [{ variantId: coffee.id, quantity: 1 }], { method: 'CASH', givenCents: 2000 }), seller);
    const input = { storeId: store.id, date: today(), countedCashCents: 1250, terminalCardCents: 0, reason: null };
    const refused = await closeStoreDay(input, seller).catch((e: unknown) => e);
    expect(isAppError(refused, 'VALIDATION') && refused.message).toBe('storeCounter.errors.differenceReasonRequired');
    expect(await prisma.storeDayClose.count({ where: { storeId: store.id } })).toBe(0);

    const closed = await closeStoreDay({ ...input, reason: 'Vaihtorahaa annettiin 40 senttiä liikaa' }, seller);
    expect(closed).toMatchObject({ entry: 0, cashDifferenceCents: -40, cardDifferenceCents: 0 });
    const row = await prisma.storeDayClose.findFirstOrThrow({ where: { storeId: store.id } });
    expect(row).toMatchObject({ expectedCashCents: 1290, countedCashCents: 1250, reason: 'Vaihtorahaa annettiin 40 senttiä liikaa', closedById: seller.id });
    expect(await prisma.auditLog.count({ where: { action: 'store_day.closed', entityId: store.id } })).toBe(1);
  });

  it('a closed day takes no more money, closes only once, and is corrected by new entries only', async () => {
    const { store, seller, coffee } = await counterStore();
    await closeStoreDay({ storeId: store.id, date: today(), countedCashCents: 0, terminalCardCents: 0, reason: null }, seller);

    const saleAfter = await sellAtCounter(sale(store.id, [{ variantId: coffee.id, quantity: 1 }], { method: 'CASH', givenCents: 2000 }), seller).catch((e: unknown) => e);
    expect(isAppError(saleAfter, 'VALIDATION') && saleAfter.message).toBe('storeCounter.errors.dayClosed');
    expect(await prisma.order.count({ where: { pickupStoreId: store.id, channel: 'STORE' } })).toBe(0);
    const again = await closeStoreDay({ storeId: store.id, date: today(), countedCashCents: 0, terminalCardCents: 0, reason: null }, seller).catch((e: unknown) => e);
    expect(isAppError(again, 'INVALID_STATE')).toBe(true);

    const noReason = await correctStoreDay({ storeId: store.id, date: today(), countedCashCents: 500, terminalCardCents: 0, reason: null }, seller).catch((e: unknown) => e);
    expect(isAppError(noReason, 'VALIDATION')).toBe(true);
    expect(await correctStoreDay({ storeId: store.id, date: today(), countedCashCents: 500, terminalCardCents: 0, reason: 'Kassalaatikosta löytyi 5 €' }, seller)).toMatchObject({ entry: 1, cashDifferenceCents: 500 });

    // The database itself keeps the entries as they were written.
    await expect(prisma.storeDayClose.updateMany({ where: { storeId: store.id }, data: { countedCashCents: 0 } })).rejects.toThrow();
    await expect(prisma.storeDayClose.deleteMany({ where: { storeId: store.id } })).rejects.toThrow();
    expect(await prisma.storeDayClose.count({ where: { storeId: store.id } })).toBe(2);
  });

  it('a day closed elsewhere does not stop this store', async () => {
    const { store, seller, coffee } = await counterStore();
    const other = await createStore();
    await closeStoreDay({ storeId: other.id, date: today(), countedCashCents: 0, terminalCardCents: 0, reason: null }, seller);
    await sellAtCounter(sale(store.id, [{ variantId: coffee.id, quantity: 1 }], { method: 'CASH', givenCents: 1290 }), seller);
    expect(await prisma.order.count({ where: { pickupStoreId: store.id, channel: 'STORE' } })).toBe(1);
  });
});

describe('who may close a day', () => {
  async function stoppedBy(promise: Promise<unknown>) {
    const error = await promise.then(() => null, (e: unknown) => e);
    if (!(error instanceof Stopped)) throw new Error(`Expected the request to be stopped, got ${String(error)}`);
    return error.how;
  }

  for (const [name, action] of [['close', closeStoreDayAction], ['correct', correctStoreDayAction]] as const) {
    it(`${name}: signed-out, a customer and another store's staff are refused; the store's staff may`, async () => {
      const { store } = await counterStore();
      const other = await createStore();
      const fields = form({ storeId: store.id, date: today(), countedCash: '0', terminalTotal: '0', reason: 'Korjaus' });
      expect(await stoppedBy(action({ status: 'idle' }, fields))).toMatch(/^redirect \/signin/);
      request.userId = (await createUser()).id;
      expect(await stoppedBy(action({ status: 'idle' }, fields))).toBe('forbidden');
      request.userId = (await createStaff([other.id])).id;
      expect(await stoppedBy(action({ status: 'idle' }, fields))).toBe('forbidden');
      expect(await prisma.storeDayClose.count({ where: { storeId: store.id } })).toBe(0);
      request.userId = (await createStaff([store.id])).id;
      if (name === 'correct') await closeStoreDayAction({ status: 'idle' }, fields);
      const answer = await action({ status: 'idle' }, fields);
      expect(answer).toMatchObject({ status: 'ok' });
      expect(await prisma.storeDayClose.count({ where: { storeId: store.id } })).toBe(name === 'close' ? 1 : 2);
    });
  }

  it('an amount that is not one is refused on its field', async () => {
    const { store } = await counterStore();
    request.userId = (await createStaff([store.id])).id;
    const answer = await closeStoreDayAction({ status: 'idle' }, form({ storeId: store.id, date: today(), countedCash: 'paljon', terminalTotal: '0' }));
    expect(answer).toMatchObject({ status: 'error', fieldErrors: { countedCash: 'Anna summa euroina, esimerkiksi 412,50.' } });
  });
});
