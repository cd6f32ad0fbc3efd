// What the shopper's return pages read: the form's choices, a return's page, and the returns part
// of the order's page. Each only for the order's customer or a holder of its link.
import { beforeAll, describe, expect, it } from 'vitest';
import '../support/test-database';
import { prisma } from '@/lib/db';
import { getOrderReturnSummary } from '@/lib/returns/get-order-return-summary';
import { getReturnForViewer } from '@/lib/returns/get-return-for-viewer';
import { getRequestReturnOptions } from '@/lib/returns/request-return-options';
import { requestReturn } from '@/lib/returns/request-return';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { createOrder, createReturn } from './returns-request-fixtures';

let pickupStoreId: string;
let otherStoreId: string;
let customerId: string;

beforeAll(async () => {
  otherStoreId = (await createStore({ position: 1 })).id;
  pickupStoreId = (await createStore({ position: 2 })).id;
  await createStore({ returnsEnabled: false, position: 0 });
  customerId = (await createUser()).id;
});

describe('getRequestReturnOptions', () => {
  it('offers the stores that take returns, the pickup store first choice, and what is left per line', async () => {
    const { order, lines } = await createOrder({ customerId, pickupStoreId, lines: [{ quantity: 3 }, { quantity: 1, finalSale: true }] });
    await createReturn(order.id, 'REQUESTED', [{ orderLineId: lines[0].id, quantity: 1 }]);
    await createReturn(order.id, 'RECEIVED', [{ orderLineId: lines[0].id, quantity: 1 }]);

    const options = await getRequestReturnOptions(order.number, { userId: customerId });
    expect(options?.stores.map((store) => store.id)).toEqual([otherStoreId, pickupStoreId]);
    expect(options?.defaultStoreId).toBe(pickupStoreId);
    expect(options?.lines.map((line) => line.availableQuantity)).toEqual([1, 0]);
    expect(options?.canRequest).toBe(true);
  });

  it('is null for a stranger, a wrong link and a number that is no order', async () => {
    const { order, token } = await createOrder({ customerId, pickupStoreId, lines: [{ quantity: 1 }] });
    const stranger = await createUser();
    expect(await getRequestReturnOptions(order.number, { userId: stranger.id })).toBeNull();
    expect(await getRequestReturnOptions(order.number, { userId: null, token: 'wrong' })).toBeNull();
    expect(await getRequestReturnOptions(99_999_999, { userId: customerId })).toBeNull();
    expect(await getRequestReturnOptions(order.number, { userId: null, token })).not.toBeNull();
  });
});

describe('getReturnForViewer', () => {
  it("shows a return under its own order only, to the order's customer or link", async () => {
    const { order, lines, token } = await createOrder({ customerId, pickupStoreId, lines: [{ quantity: 1 }] });
    const other = await createOrder({ customerId, pickupStoreId, lines: [{ quantity: 1 }] });
    const requested = await requestReturn(
      { orderId: order.id, lines: [{ orderLineId: lines[0].id, quantity: 1 }], reason: 'OTHER', method: 'STORE', storeId: pickupStoreId },
      { userId: customerId },
    );
    const shown = await getReturnForViewer(order.number, requested.number, { userId: null, token });
    expect(shown).toMatchObject({ number: requested.number, orderNumber: order.number, status: 'REQUESTED', method: 'STORE' });
    expect(shown?.requestedStore?.street).toBe('Testikatu 1');
    expect(shown?.lines).toEqual([expect.objectContaining({ orderLineId: lines[0].id, quantity: 1 })]);

    expect(await getReturnForViewer(other.order.number, requested.number, { userId: customerId })).toBeNull();
    expect(await getReturnForViewer(order.number, requested.number, { userId: (await createUser()).id })).toBeNull();
    expect(await getReturnForViewer(order.number, requested.number, { userId: null, token: other.token })).toBeNull();
  });
});

describe('getOrderReturnSummary', () => {
  it("gives the order's return status, its returns with what was refunded, and whether more can be returned", async () => {
    const { order, lines } = await createOrder({ customerId, pickupStoreId, lines: [{ quantity: 2, unitPriceCents: 1500 }] });
    const refunded = await createReturn(order.id, 'REFUNDED', [{ orderLineId: lines[0].id, quantity: 1 }]);
    const payment = await prisma.payment.create({ data: { orderId: order.id, provider: 'CASH', amountCents: 3000, status: 'SUCCEEDED' } });
    await prisma.refund.createMany({
      data: [
        { paymentId: payment.id, orderId: order.id, returnId: refunded.id, amountCents: 1500, status: 'SUCCEEDED', idempotencyKey: `refund-return-${refunded.id}` },
        { paymentId: payment.id, orderId: order.id, returnId: refunded.id, amountCents: 700, status: 'FAILED', idempotencyKey: `failed-${refunded.id}` },
      ],
    });
    await prisma.order.update({ where: { id: order.id }, data: { returnStatus: 'PARTIALLY_RETURNED' } });
    await createReturn(order.id, 'CANCELLED', [{ orderLineId: lines[0].id, quantity: 1 }]);

    const summary = await getOrderReturnSummary(order.id);
    expect(summary.returnStatus).toBe('PARTIALLY_RETURNED');
    expect(summary.canRequest).toBe(true);
    expect(summary.returns.map((ret) => [ret.number, ret.status, ret.refundedCents])).toEqual([[refunded.number, 'REFUNDED', 1500]]);

    await createReturn(order.id, 'REQUESTED', [{ orderLineId: lines[0].id, quantity: 1 }]);
    expect((await getOrderReturnSummary(order.id)).canRequest).toBe(false);
  });
});
