// An exchange at the counter of an order paid online (through the fake Stripe): the goods come
// back at another store, the refund goes back to the card through Stripe after the commit, and
// the new item is paid at the till in full (a Stripe refund is never set against the cash).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDate } from '@/lib/counter/day-close/business-date';
import { loadDayFigures } from '@/lib/counter/day-close/day-figures';
import { exchangeAtCounter } from '@/lib/counter/exchange-at-counter';
import { prisma } from '@/lib/db';
import type { FakeStripe } from '../support/fake-stripe';
import { createProduct } from '../support/factories/catalog';
import { startPaymentsFake } from './payments-fixtures';
import { createStaff, onHand, stripePaidOrder, twoStores } from './returns-desk-fixtures';
import '../support/test-database';

let fake: FakeStripe;

beforeAll(async () => {
  fake = await startPaymentsFake();
});

afterAll(async () => {
  await fake.settled();
  await fake.stop();
});

describe('an exchange of an online order at the counter', () => {
  it('refunds through Stripe after the commit; the new item is paid in full at the till', async () => {
    const { storeA, storeB } = await twoStores();
    const staffB = await createStaff(storeB.id);
    const { order, line, variant } = await stripePaidOrder(fake, { pickedUpAt: storeA.id, quantity: 1, priceCents: 1290 });
    const mug = (await createProduct({ nameFi: 'Muki', variants: [{ priceCents: 1500, stock: { [storeB.id]: 2 } }] })).variants[0];
    const restockedBefore = await onHand(variant.id, storeB.id);

    const done = await exchangeAtCounter(
      {
        storeId: storeB.id,
        tillKey: randomUUID(),
        originalOrderId: order.id,
        returnLines: [{ orderLineId: line.id, quantity: 1, condition: 'RESALEABLE', restock: true }],
        lines: [{ variantId: mug.id, quantity: 1 }],
        customerId: null,
        receiptEmail: null,
        payment: { method: 'CASH', givenCents: 2000 },
        locale: 'fi',
      },
      staffB,
    );

    expect(done).toMatchObject({ cashNetted: false, changeCents: 500, refund: { amountCents: 1290, provider: 'STRIPE', status: 'SUCCEEDED' }, sale: { totalCents: 1500 } });
    expect([...fake.refunds.values()].filter((refund) => refund.metadata.orderId === order.id).map((refund) => refund.amount)).toEqual([1290]);
    expect(await onHand(variant.id, storeB.id)).toBe(restockedBefore + 1);
    expect(await onHand(mug.id, storeB.id)).toBe(1);
    const figures = await loadDayFigures(prisma, storeB.id, businessDate(new Date()));
    expect(figures.expected).toEqual({ CASH: 1500, CARD_TERMINAL: 0 });
    expect(figures.refunds).toEqual({ CASH: 0, CARD_TERMINAL: 0 });
  });
});
