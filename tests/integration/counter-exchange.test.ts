// An exchange at the counter (lib/counter/exchange-at-counter.ts and its action) on the real
// PostgreSQL: a return and a sale in one transaction, the cash refund set against the cash sale so
// that the drawer's figures match the cash that changed hands, refusals that change nothing, who
// may do it, and a double press of "pay".
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { counterExchangeAction } from '@/lib/actions/counter-exchange';
import { counterExchangeFindAction } from '@/lib/actions/counter-exchange-find';
import { CounterStockError } from '@/lib/counter/counter-stock-error';
import { businessDate } from '@/lib/counter/day-close/business-date';
import { closeStoreDay } from '@/lib/counter/day-close/close-store-day';
import { loadDayFigures } from '@/lib/counter/day-close/day-figures';
import { exchangeAtCounter, type CounterExchangeInput } from '@/lib/counter/exchange-at-counter';
import { loadCounterReceipt } from '@/lib/counter/load-counter-receipt';
import { sellAtCounter } from '@/lib/counter/sell-at-counter';
import { prisma } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { createProduct } from '../support/factories/catalog';
import { stockLedgerProblems } from '../support/factories/orders';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { request, resetRequest, Stopped } from '../support/request-stand-ins';
import { createStaff } from './handover-fixtures';
import '../support/test-database';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/jobs/send-outbox-soon', () => import('../support/request-stand-ins').then((m) => m.outboxKickStandIn));

beforeEach(resetRequest);

/** A store whose counter sold a shirt for 20 € in cash; a mug (15 €) and socks (9 €) on its shelf. */
async function shop() {
  const store = await createStore();
  const seller = await createStaff([store.id], { name: 'Kaisa Kassa' });
  const actor = { id: seller.id, role: 'STAFF' as const };
  const shirt = (await createProduct({ nameFi: 'Paita', variants: [{ priceCents: 2000, stock: { [store.id]: 5 } }] })).variants[0];
  const mug = (await createProduct({ nameFi: 'Muki', variants: [{ priceCents: 1500, stock: { [store.id]: 3 } }] })).variants[0];
  const socks = (await createProduct({ nameFi: 'Sukat', variants: [{ priceCents: 900, stock: { [store.id]: 2 } }] })).variants[0];
  const original = await sellAtCounter(
    { storeId: store.id, tillKey: randomUUID(), lines: [{ variantId: shirt.id, quantity: 1 }], customerId: null, receiptEmail: null, payment: { method: 'CASH', givenCents: 2000 }, locale: 'fi' },
    actor,
  );
  const shirtLine = await prisma.orderLine.findFirstOrThrow({ where: { orderId: original.orderId } });
  return { store, seller, actor, shirt, mug, socks, original, shirtLine };
}

type Shop = Awaited<ReturnType<typeof shop>>;

function exchange(s: Shop, lines: CounterExchangeInput['lines'], givenCents: number, overrides: Partial<CounterExchangeInput> = {}): CounterExchangeInput {
  return {
    storeId: s.store.id,
    tillKey: randomUUID(),
    originalOrderId: s.original.orderId,
    returnLines: [{ orderLineId: s.shirtLine.id, quantity: 1, condition: 'RESALEABLE', restock: true }],
    lines,
    customerId: null,
    receiptEmail: null,
    payment: { method: 'CASH', givenCents },
    locale: 'fi',
    ...overrides,
  };
}

async function onHand(variantId: string, storeId: string) {
  return (await prisma.stockLevel.findUniqueOrThrow({ where: { variantId_storeId: { variantId, storeId } } })).onHand;
}

async function counts(storeId: string) {
  return {
    returns: await prisma.return.count({ where: { storeId } }),
    sales: await prisma.order.count({ where: { channel: 'STORE', pickupStoreId: storeId } }),
    refunds: await prisma.refund.count(),
    payments: await prisma.payment.count(),
    movements: await prisma.stockMovement.count(),
  };
}

const today = () => businessDate(new Date());

describe('an exchange at the counter, cash for cash', () => {
  it('one shirt back for a mug and socks: the customer pays only the difference, and the drawer shows just that', async () => {
    const s = await shop();
    // 15 € + 9 € new, 20 € back: 4 € to pay; the customer hands over 5 €.
    const done = await exchangeAtCounter(exchange(s, [{ variantId: s.mug.id, quantity: 1 }, { variantId: s.socks.id, quantity: 1 }], 500), s.actor);

    expect(done).toMatchObject({ created: true, cashNetted: true, changeCents: 100, refund: { amountCents: 2000, provider: 'CASH', status: 'SUCCEEDED' }, sale: { totalCents: 2400 } });
    const ret = await prisma.return.findUniqueOrThrow({ where: { id: done.returnId }, include: { lines: true } });
    expect(['RECEIVED', 'REFUNDED']).toContain(ret.status);
    expect(ret).toMatchObject({ storeId: s.store.id, orderId: s.original.orderId, method: 'STORE', refundTotalCents: 2000 });
    expect(ret.lines.map((l) => [l.orderLineId, l.quantity, l.condition, l.restock])).toEqual([[s.shirtLine.id, 1, 'RESALEABLE', true]]);

    const sale = await prisma.order.findUniqueOrThrow({ where: { id: done.sale.orderId }, include: { payments: true, events: true } });
    expect(sale).toMatchObject({ channel: 'STORE', status: 'FULFILLED', pickupStoreId: s.store.id, totalCents: 2400 });
    expect(sale.payments.map((p) => [p.provider, p.amountCents, p.status])).toEqual([['CASH', 2400, 'SUCCEEDED']]);
    expect(sale.events.find((e) => e.type === 'exchanged_at_counter')?.data).toMatchObject({ returnId: done.returnId, originalOrderId: s.original.orderId, givenCents: 500 });

    // The shirt is back on this shelf; the mug and socks are off it.
    expect(await onHand(s.shirt.id, s.store.id)).toBe(5);
    expect(await onHand(s.mug.id, s.store.id)).toBe(2);
    expect(await onHand(s.socks.id, s.store.id)).toBe(1);
    expect(await stockLedgerProblems()).toEqual([]);

    // The drawer: 20 € for the shirt this morning, then 5 € in and 1 € out for the exchange.
    const figures = await loadDayFigures(prisma, s.store.id, today());
    expect(figures.payments.CASH).toBe(2000 + 2400);
    expect(figures.refunds.CASH).toBe(2000);
    expect(figures.expected).toEqual({ CASH: 2000 + 500 - 100, CARD_TERMINAL: 0 });
    expect(figures.returns.count).toBe(1);

    // The printed receipt: the cash the customer handed over, and the credit that paid the rest.
    expect(await loadCounterReceipt(prisma, done.sale.orderId)).toMatchObject({ givenCents: 500, changeCents: 100, exchangeCredit: { returnNumber: done.returnNumber, amountCents: 2000 } });
    expect(await loadCounterReceipt(prisma, s.original.orderId)).toMatchObject({ givenCents: 2000, exchangeCredit: null });
  });

  it('more back than the new item costs: the customer gets the difference in cash and hands over nothing', async () => {
    const s = await shop();
    const done = await exchangeAtCounter(exchange(s, [{ variantId: s.socks.id, quantity: 1 }], 0), s.actor);
    expect(done).toMatchObject({ cashNetted: true, changeCents: 2000 - 900, sale: { totalCents: 900 } });
    expect((await loadDayFigures(prisma, s.store.id, today())).expected.CASH).toBe(2000 + 0 - 1100);
  });

  it('paid by card: no netting, the cash refund is given back in full and the card pays the whole sale', async () => {
    const s = await shop();
    const done = await exchangeAtCounter(exchange(s, [{ variantId: s.mug.id, quantity: 1 }], 0, { payment: { method: 'CARD_TERMINAL', reference: null } }), s.actor);
    expect(done).toMatchObject({ cashNetted: false, changeCents: 0, refund: { amountCents: 2000, provider: 'CASH' } });
    expect((await loadDayFigures(prisma, s.store.id, today())).expected).toEqual({ CASH: 0, CARD_TERMINAL: 1500 });
  });
});

describe('what an exchange refuses, changing nothing', () => {
  it('a new item sold out: no return, no sale, the shirt not restocked', async () => {
    const s = await shop();
    const before = await counts(s.store.id);
    const error = await exchangeAtCounter(exchange(s, [{ variantId: s.socks.id, quantity: 3 }], 5000), s.actor).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CounterStockError);
    expect(await counts(s.store.id)).toEqual(before);
    expect(await onHand(s.shirt.id, s.store.id)).toBe(4);
    expect(await onHand(s.socks.id, s.store.id)).toBe(2);
  });

  it('a final-sale item, or too little cash for the difference', async () => {
    const s = await shop();
    const before = await counts(s.store.id);
    const short = await exchangeAtCounter(exchange(s, [{ variantId: s.mug.id, quantity: 2 }], 999), s.actor).catch((e: unknown) => e);
    expect(isAppError(short, 'VALIDATION') && short.message).toBe('storeCounter.errors.cashTooLittle');
    await prisma.orderLine.update({ where: { id: s.shirtLine.id }, data: { finalSale: true } });
    const final = await exchangeAtCounter(exchange(s, [{ variantId: s.mug.id, quantity: 1 }], 5000), s.actor).catch((e: unknown) => e);
    expect(isAppError(final, 'VALIDATION')).toBe(true);
    expect(await counts(s.store.id)).toEqual(before);
  });
});

describe('an exchange refused by the return rules or the day', () => {
  it('outside the return window, or after the day is closed: nothing changes, staff are told why', async () => {
    const s = await shop();
    const before = await counts(s.store.id);
    await prisma.order.update({ where: { id: s.original.orderId }, data: { fulfilledAt: new Date(Date.now() - 400 * 24 * 60 * 60 * 1000) } });
    const late = await exchangeAtCounter(exchange(s, [{ variantId: s.mug.id, quantity: 1 }], 0), s.actor).catch((e: unknown) => e);
    expect(isAppError(late, 'VALIDATION') && late.message).toBe('storeReturns.errors.outsideWindow');
    await prisma.order.update({ where: { id: s.original.orderId }, data: { fulfilledAt: new Date() } });

    await closeStoreDay({ storeId: s.store.id, date: today(), countedCashCents: 2000, terminalCardCents: 0, reason: null }, s.seller);
    const closed = await exchangeAtCounter(exchange(s, [{ variantId: s.mug.id, quantity: 1 }], 0), s.actor).catch((e: unknown) => e);
    expect(isAppError(closed, 'VALIDATION') && closed.message).toBe('storeCounter.errors.dayClosed');
    expect(await counts(s.store.id)).toEqual(before);
    expect(await onHand(s.shirt.id, s.store.id)).toBe(4);
  });
});

describe('the exchange action', () => {
  function body(s: Shop, tillKey = randomUUID()) {
    return {
      storeId: s.store.id,
      tillKey,
      originalOrderId: s.original.orderId,
      returnLines: [{ orderLineId: s.shirtLine.id, quantity: 1, condition: 'RESALEABLE', restock: true }],
      lines: [{ variantId: s.mug.id, quantity: 1 }],
      payment: { method: 'CASH', givenCents: 0 },
    };
  }

  async function stoppedBy(promise: Promise<unknown>) {
    const error = await promise.then(() => null, (e: unknown) => e);
    if (!(error instanceof Stopped)) throw new Error(`Expected the request to be stopped, got ${String(error)}`);
    return error.how;
  }

  it('a signed-out visitor, a customer and another store\'s staff are refused; nothing changes', async () => {
    const s = await shop();
    const other = await createStore();
    const before = await counts(s.store.id);
    expect(await stoppedBy(counterExchangeAction(body(s)))).toMatch(/^redirect \/signin/);
    expect(await stoppedBy(counterExchangeFindAction(s.store.id, String(s.original.number)))).toMatch(/^redirect \/signin/);
    request.userId = (await createUser()).id;
    expect(await stoppedBy(counterExchangeAction(body(s)))).toBe('forbidden');
    request.userId = (await createStaff([other.id])).id;
    expect(await stoppedBy(counterExchangeAction(body(s)))).toBe('forbidden');
    expect(await stoppedBy(counterExchangeFindAction(s.store.id, String(s.original.number)))).toBe('forbidden');
    expect(await counts(s.store.id)).toEqual(before);
  });

  it('the store\'s staff find the receipt and exchange; a double press makes one exchange', async () => {
    const s = await shop();
    request.userId = s.seller.id;
    const found = await counterExchangeFindAction(s.store.id, String(s.original.number));
    expect('view' in found && found.view.lines.map((l) => [l.orderLineId, l.returnableQuantity])).toEqual([[s.shirtLine.id, 1]]);
    expect(await counterExchangeFindAction(s.store.id, '999999999')).toMatchObject({ error: expect.stringContaining('999999999') });

    const before = await counts(s.store.id);
    const request1 = body(s);
    const [first, second] = await Promise.all([counterExchangeAction(request1), counterExchangeAction(request1)]);
    expect(first).toMatchObject({ status: 'ok', exchange: { cashNetted: true, changeCents: 500, refund: { amountCents: 2000 } } });
    expect(second).toEqual(first);
    const after = await counts(s.store.id);
    expect({ returns: after.returns - before.returns, sales: after.sales - before.sales, refunds: after.refunds - before.refunds }).toEqual({ returns: 1, sales: 1, refunds: 1 });
    expect(await onHand(s.mug.id, s.store.id)).toBe(2);
    expect(await onHand(s.shirt.id, s.store.id)).toBe(5);
  });

  it('a refusal is a message for staff (the shirt already came back)', async () => {
    const s = await shop();
    request.userId = s.seller.id;
    expect(await counterExchangeAction(body(s))).toMatchObject({ status: 'ok' });
    const again = await counterExchangeAction(body(s));
    expect(again).toMatchObject({ status: 'error', message: 'Kaikki tämän tilauksen tuotteet on jo palautettu.' });
  });
});
