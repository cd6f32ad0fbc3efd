// The shopper's side of returns on a real database: what can still be returned, and announcing a
// return (one return with a number, one e-mail; refused requests change nothing).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import '../support/test-database';
import { prisma } from '@/lib/db';
import { loadReturnableLines } from '@/lib/returns/returnable-lines';
import { requestReturn, type RequestReturnInput } from '@/lib/returns/request-return';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { createOrder, createReturn, daysAgo, refusal, returnRows } from './returns-request-fixtures';

let storeId: string;
let customerId: string;

beforeAll(async () => {
  storeId = (await createStore()).id;
  customerId = (await createUser()).id;
});

afterEach(async () => {
  await prisma.setting.deleteMany({ where: { key: 'returns.windowDays' } });
});

function input(orderId: string, lines: RequestReturnInput['lines'], overrides: Partial<RequestReturnInput> = {}): RequestReturnInput {
  return { orderId, lines, reason: 'WRONG_SIZE', method: 'STORE', storeId, ...overrides };
}

describe('loadReturnableLines', () => {
  it('gives bought minus returned, counts announced returns apart, and ignores rejected and cancelled returns', async () => {
    const { order, lines } = await createOrder({ pickupStoreId: storeId, lines: [{ quantity: 3 }, { quantity: 2 }] });
    await createReturn(order.id, 'RECEIVED', [{ orderLineId: lines[0].id, quantity: 1 }]);
    await createReturn(order.id, 'REFUNDED', [{ orderLineId: lines[0].id, quantity: 1 }]);
    await createReturn(order.id, 'REQUESTED', [{ orderLineId: lines[1].id, quantity: 1 }]);
    await createReturn(order.id, 'REJECTED', [{ orderLineId: lines[1].id, quantity: 1 }]);
    await createReturn(order.id, 'CANCELLED', [{ orderLineId: lines[1].id, quantity: 1 }]);

    const result = await loadReturnableLines(prisma, order.id);
    expect(result.withinWindow).toBe(true);
    const [first, second] = result.lines;
    expect(first).toMatchObject({ orderLineId: lines[0].id, quantity: 3, returnedQuantity: 2, requestedQuantity: 0, returnableQuantity: 1 });
    expect(second).toMatchObject({ orderLineId: lines[1].id, quantity: 2, returnedQuantity: 0, requestedQuantity: 1, returnableQuantity: 2 });
  });

  it('never lets final-sale or cancelled lines be returned', async () => {
    const { order } = await createOrder({
      pickupStoreId: storeId,
      lines: [{ quantity: 2, finalSale: true, name: 'A' }, { quantity: 1, cancelled: true, name: 'B' }, { quantity: 1, name: 'C' }],
    });
    const result = await loadReturnableLines(prisma, order.id);
    expect(result.lines.map((line) => [line.name, line.finalSale, line.cancelled, line.returnableQuantity])).toEqual([
      ['A', true, false, 0],
      ['B', false, true, 0],
      ['C', false, false, 1],
    ]);
  });

  it('counts the window from the pickup, and from the shop setting when there is one', async () => {
    const { order } = await createOrder({ pickupStoreId: storeId, lines: [{ quantity: 1 }], fulfilledAt: daysAgo(31) });
    const outside = await loadReturnableLines(prisma, order.id);
    expect(outside.withinWindow).toBe(false);
    expect(outside.windowEndsAt?.getTime()).toBe(order.fulfilledAt!.getTime() + 30 * 24 * 3600 * 1000);
    // Outside the window the goods are still returnable (the owner may override the window).
    expect(outside.lines[0].returnableQuantity).toBe(1);

    await prisma.setting.create({ data: { key: 'returns.windowDays', value: 60 } });
    expect((await loadReturnableLines(prisma, order.id)).withinWindow).toBe(true);
  });

  it('gives nothing to return for a pickup order not yet picked up, or a cancelled order', async () => {
    for (const status of ['PAID', 'PAY_AT_PICKUP', 'CANCELLED'] as const) {
      const { order } = await createOrder({ pickupStoreId: storeId, status, lines: [{ quantity: 2 }], fulfilledAt: null });
      const result = await loadReturnableLines(prisma, order.id);
      expect(result, status).toMatchObject({ windowEndsAt: null, withinWindow: false });
      expect(result.lines[0].returnableQuantity, status).toBe(0);
    }
  });

  it('counts a paid home delivery from its payment, as nothing marks it delivered yet', async () => {
    const paidAt = daysAgo(10);
    const { order } = await createOrder({ fulfilment: 'DELIVERY', status: 'PAID', paidAt, lines: [{ quantity: 1 }] });
    const result = await loadReturnableLines(prisma, order.id);
    expect(result.withinWindow).toBe(true);
    expect(result.windowEndsAt?.getTime()).toBe(paidAt.getTime() + 30 * 24 * 3600 * 1000);
    expect(result.lines[0].returnableQuantity).toBe(1);

    const old = await createOrder({ fulfilment: 'PARCEL_LOCKER', status: 'PAID', paidAt: daysAgo(40), lines: [{ quantity: 1 }] });
    expect((await loadReturnableLines(prisma, old.order.id)).withinWindow).toBe(false);
  });
});

describe('requestReturn', () => {
  it('creates one REQUESTED return with a number, its lines, a timeline entry and one e-mail with the QR', async () => {
    const { order, lines } = await createOrder({ customerId, pickupStoreId: storeId, lines: [{ quantity: 2 }, { quantity: 1 }] });
    const requested = await requestReturn(input(order.id, [{ orderLineId: lines[0].id, quantity: 1 }], { note: 'Liian pieni' }), {
      userId: customerId,
    });

    const saved = await prisma.return.findUniqueOrThrow({ where: { id: requested.returnId }, include: { lines: true } });
    expect(saved).toMatchObject({
      number: requested.number,
      status: 'REQUESTED',
      method: 'STORE',
      requestedStoreId: storeId,
      storeId: null,
      createdById: customerId,
      reason: 'WRONG_SIZE: Liian pieni',
    });
    expect(saved.lines.map((line) => [line.orderLineId, line.quantity])).toEqual([[lines[0].id, 1]]);
    expect(await prisma.orderEvent.count({ where: { orderId: order.id, type: 'return_requested' } })).toBe(1);

    const emails = await prisma.outboxMessage.findMany({ where: { kind: 'return.requested', reference: requested.returnId } });
    expect(emails).toHaveLength(1);
    expect(requested.emailIds).toEqual([emails[0].id]);
    expect(emails[0].toEmail).toBe(order.email);
    expect(emails[0].subject).toContain(String(requested.number));
    expect(emails[0].text).toContain(`R-${requested.number}`);
    expect(emails[0].text).toContain('1 × Tuote A');
    expect(emails[0].text).toContain('Testikatu 1');
    expect(emails[0].html).toContain('cid:return-qr@digijalka');
    const attachments = emails[0].attachments as { contentType: string; cid: string; contentBase64: string }[];
    expect(attachments).toHaveLength(1);
    expect(attachments[0]).toMatchObject({ contentType: 'image/png', cid: 'return-qr@digijalka' });
    expect(Buffer.from(attachments[0].contentBase64, 'base64').subarray(1, 4).toString()).toBe('PNG');
  });

  it('numbers returns one after another', async () => {
    const { order, lines } = await createOrder({ customerId, pickupStoreId: storeId, lines: [{ quantity: 1 }, { quantity: 1 }] });
    const first = await requestReturn(input(order.id, [{ orderLineId: lines[0].id, quantity: 1 }]), { userId: customerId });
    const second = await requestReturn(input(order.id, [{ orderLineId: lines[1].id, quantity: 1 }]), { userId: customerId });
    expect(second.number).toBeGreaterThan(first.number);
  });

  it('writes the e-mail in the order language, with the mail address for a return by mail', async () => {
    await createStore({ kind: 'WAREHOUSE', name: 'Verkkovarasto', street: 'Varastotie 4', returnsEnabled: false, pickupEnabled: false, position: -1 });
    const { order, lines, token } = await createOrder({ locale: 'en', pickupStoreId: storeId, lines: [{ quantity: 1 }] });
    const requested = await requestReturn(input(order.id, [{ orderLineId: lines[0].id, quantity: 1 }], { method: 'MAIL', storeId: storeId }), {
      userId: null,
      token,
    });
    const saved = await prisma.return.findUniqueOrThrow({ where: { id: requested.returnId } });
    expect(saved).toMatchObject({ method: 'MAIL', requestedStoreId: null, createdById: null });
    const email = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'return.requested', reference: requested.returnId } });
    expect(email.subject).toBe(`Return R-${requested.number} is registered`);
    expect(email.text).toContain('Varastotie 4');
    expect(email.text).toContain(`/en/order/${order.number}/return/${requested.number}?token=`);
  });

  it('refuses more than was bought, and changes nothing', async () => {
    const { order, lines } = await createOrder({ customerId, pickupStoreId: storeId, lines: [{ quantity: 2 }] });
    const before = await returnRows(order.id);
    expect(await refusal(requestReturn(input(order.id, [{ orderLineId: lines[0].id, quantity: 3 }]), { userId: customerId }))).toBe(
      'returns.errors.tooMany',
    );
    expect(await returnRows(order.id)).toEqual(before);
  });

  it('refuses announcing the same goods again while the first return is open, and what was already returned', async () => {
    const { order, lines } = await createOrder({ customerId, pickupStoreId: storeId, lines: [{ quantity: 2 }, { quantity: 1 }] });
    await requestReturn(input(order.id, [{ orderLineId: lines[0].id, quantity: 2 }]), { userId: customerId });
    const before = await returnRows(order.id);
    expect(await refusal(requestReturn(input(order.id, [{ orderLineId: lines[0].id, quantity: 2 }]), { userId: customerId }))).toBe(
      'returns.errors.alreadyRequested',
    );
    expect(await refusal(requestReturn(input(order.id, [{ orderLineId: lines[0].id, quantity: 1 }]), { userId: customerId }))).toBe(
      'returns.errors.alreadyRequested',
    );
    expect(await returnRows(order.id)).toEqual(before);

    await createReturn(order.id, 'REFUNDED', [{ orderLineId: lines[1].id, quantity: 1 }]);
    expect(await refusal(requestReturn(input(order.id, [{ orderLineId: lines[1].id, quantity: 1 }]), { userId: customerId }))).toBe(
      'returns.errors.alreadyReturned',
    );
  });

  it('gives one return when the same request is sent twice at once', async () => {
    const { order, lines } = await createOrder({ customerId, pickupStoreId: storeId, lines: [{ quantity: 1 }] });
    const results = await Promise.allSettled(
      [1, 2].map(() => requestReturn(input(order.id, [{ orderLineId: lines[0].id, quantity: 1 }]), { userId: customerId })),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(await prisma.return.count({ where: { orderId: order.id } })).toBe(1);
  });

  it('refuses final-sale and cancelled lines, a line of another order, and an empty request', async () => {
    const { order, lines } = await createOrder({ customerId, pickupStoreId: storeId, lines: [{ quantity: 1, finalSale: true }, { quantity: 1, cancelled: true }] });
    const other = await createOrder({ customerId, pickupStoreId: storeId, lines: [{ quantity: 1 }] });
    const viewer = { userId: customerId };
    expect(await refusal(requestReturn(input(order.id, [{ orderLineId: lines[0].id, quantity: 1 }]), viewer))).toBe('returns.errors.finalSale');
    expect(await refusal(requestReturn(input(order.id, [{ orderLineId: lines[1].id, quantity: 1 }]), viewer))).toBe('returns.errors.lineCancelled');
    expect(await refusal(requestReturn(input(order.id, [{ orderLineId: other.lines[0].id, quantity: 1 }]), viewer))).toBe(
      'returns.errors.lineNotInOrder',
    );
    expect(await refusal(requestReturn(input(order.id, []), viewer))).toBe('returns.errors.noLines');
    expect(await refusal(requestReturn(input(other.order.id, [{ orderLineId: other.lines[0].id, quantity: 0 }]), viewer))).toBe(
      'returns.errors.quantityInvalid',
    );
    expect(await returnRows(order.id)).toMatchObject({ returns: 0, lines: 0, events: 0 });
  });

  it('refuses outside the window and before the goods were handed over', async () => {
    const old = await createOrder({ customerId, pickupStoreId: storeId, lines: [{ quantity: 1 }], fulfilledAt: daysAgo(45) });
    expect(await refusal(requestReturn(input(old.order.id, [{ orderLineId: old.lines[0].id, quantity: 1 }]), { userId: customerId }))).toBe(
      'returns.errors.outsideWindow',
    );
    const waiting = await createOrder({ customerId, pickupStoreId: storeId, status: 'PAID', lines: [{ quantity: 1 }] });
    expect(
      await refusal(requestReturn(input(waiting.order.id, [{ orderLineId: waiting.lines[0].id, quantity: 1 }]), { userId: customerId })),
    ).toBe('returns.errors.notReceived');
    expect(await returnRows(old.order.id)).toMatchObject({ returns: 0 });
    expect(await returnRows(waiting.order.id)).toMatchObject({ returns: 0 });
  });

  it("treats another customer's order and a wrong or missing link as not found", async () => {
    const { order, lines, token } = await createOrder({ customerId, pickupStoreId: storeId, lines: [{ quantity: 1 }] });
    const stranger = await createUser();
    const request = input(order.id, [{ orderLineId: lines[0].id, quantity: 1 }]);
    expect(await refusal(requestReturn(request, { userId: stranger.id }))).toBe('NOT_FOUND');
    expect(await refusal(requestReturn(request, { userId: null, token: `${token}x` }))).toBe('NOT_FOUND');
    expect(await refusal(requestReturn(request, { userId: null }))).toBe('NOT_FOUND');
    expect(await refusal(requestReturn({ ...request, orderId: '00000000-0000-4000-8000-000000000000' }, { userId: customerId }))).toBe('NOT_FOUND');
    expect(await returnRows(order.id)).toMatchObject({ returns: 0, events: 0 });

    // The link's holder may, signed in as someone else or not at all.
    await expect(requestReturn(request, { userId: stranger.id, token })).resolves.toMatchObject({ orderNumber: order.number });
  });

  it('refuses a store that does not take returns, and a store return without a store', async () => {
    const noReturns = await createStore({ returnsEnabled: false });
    const { order, lines } = await createOrder({ customerId, pickupStoreId: storeId, lines: [{ quantity: 1 }] });
    const line = [{ orderLineId: lines[0].id, quantity: 1 }];
    expect(await refusal(requestReturn(input(order.id, line, { storeId: noReturns.id }), { userId: customerId }))).toBe('returns.errors.storeNoReturns');
    expect(await refusal(requestReturn(input(order.id, line, { storeId: 'not-a-uuid' }), { userId: customerId }))).toBe('returns.errors.storeNoReturns');
    expect(await refusal(requestReturn(input(order.id, line, { storeId: null }), { userId: customerId }))).toBe('returns.errors.storeRequired');
    expect(await returnRows(order.id)).toMatchObject({ returns: 0 });
  });
});
