// The "return items" form's server action, with the request around it (session, locale,
// redirect) replaced by stand-ins; the database is real.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import '../support/test-database';
import { requestReturnAction } from '@/lib/actions/request-return';
import { prisma } from '@/lib/db';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { form, request, resetRequest } from '../support/request-stand-ins';
import { createOrder } from './returns-request-fixtures';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationStandIn));
vi.mock('@/lib/jobs/send-outbox-soon', () => import('../support/request-stand-ins').then((m) => m.outboxKickStandIn));

let storeId: string;
let customerId: string;

beforeAll(async () => {
  storeId = (await createStore()).id;
  customerId = (await createUser()).id;
});

beforeEach(resetRequest);

/** The action's answer, and where it sends the browser next (when it does). */
async function submit(fields: Record<string, string>) {
  const state = await requestReturnAction({ status: 'idle' }, form(fields));
  return { state, redirectedTo: state.redirectTo ?? null };
}

describe('requestReturnAction', () => {
  it('announces the return of the signed-in customer and opens its page', async () => {
    const { order, lines } = await createOrder({ customerId, pickupStoreId: storeId, lines: [{ quantity: 2 }, { quantity: 1 }] });
    request.userId = customerId;
    const result = await submit({
      orderId: order.id,
      [`quantity-${lines[0].id}`]: '2',
      [`quantity-${lines[1].id}`]: '0',
      reason: 'DAMAGED',
      note: 'Sauma ratkesi',
      method: 'STORE',
      storeId,
    });
    const saved = await prisma.return.findFirstOrThrow({ where: { orderId: order.id }, include: { lines: true } });
    expect(result.redirectedTo).toBe(`/account/orders/${order.number}/return/${saved.number}`);
    expect(saved.lines.map((line) => [line.orderLineId, line.quantity])).toEqual([[lines[0].id, 2]]);
    expect(saved.reason).toBe('DAMAGED: Sauma ratkesi');
    const email = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'return.requested', reference: saved.id } });
    expect(request.sentSoon).toEqual([[email.id]]);
  });

  it("lets a guest return with the order's link and keeps the link in the return's address", async () => {
    const { order, lines, token } = await createOrder({ pickupStoreId: storeId, lines: [{ quantity: 1 }] });
    const result = await submit({ orderId: order.id, token, [`quantity-${lines[0].id}`]: '1', reason: 'CHANGED_MIND', method: 'MAIL' });
    const saved = await prisma.return.findFirstOrThrow({ where: { orderId: order.id } });
    expect(saved.method).toBe('MAIL');
    expect(result.redirectedTo).toBe(`/order/${order.number}/return/${saved.number}?token=${encodeURIComponent(token)}`);
  });

  it('answers negative, fractional, huge and non-numeric quantities with a message on the line', async () => {
    const { order, lines } = await createOrder({ customerId, pickupStoreId: storeId, lines: [{ quantity: 2 }] });
    request.userId = customerId;
    const field = `quantity-${lines[0].id}`;
    const expected: Record<string, string> = {
      '-1': 'Anna määrä kokonaislukuna (0 tai enemmän).',
      '1.5': 'Anna määrä kokonaislukuna (0 tai enemmän).',
      kaksi: 'Anna määrä kokonaislukuna (0 tai enemmän).',
      '99999999999999999999': 'Määrä on liian suuri.',
    };
    for (const [quantity, message] of Object.entries(expected)) {
      const { state } = await submit({ orderId: order.id, [field]: quantity, reason: 'OTHER', method: 'STORE', storeId });
      expect(state?.status, quantity).toBe('error');
      expect(state?.fieldErrors?.[field], quantity).toBe(message);
    }
    expect(await prisma.return.count({ where: { orderId: order.id } })).toBe(0);
  });

  it('explains a quantity larger than what is left, a missing reason and a store return without a store', async () => {
    const { order, lines } = await createOrder({ customerId, pickupStoreId: storeId, lines: [{ quantity: 2 }] });
    request.userId = customerId;
    const field = `quantity-${lines[0].id}`;

    const tooMany = await submit({ orderId: order.id, [field]: '3', reason: 'OTHER', method: 'STORE', storeId });
    expect(tooMany.state?.fieldErrors?.[field]).toMatch(/Näin montaa ei voi palauttaa/);

    const noReason = await submit({ orderId: order.id, [field]: '1', method: 'STORE', storeId });
    expect(noReason.state?.fieldErrors?.reason).toBe('Valitse palautuksen syy.');

    const noStore = await submit({ orderId: order.id, [field]: '1', reason: 'OTHER', method: 'STORE' });
    expect(noStore.state?.fieldErrors?.storeId).toBe('Valitse myymälä, johon tuot palautuksen.');

    const nothing = await submit({ orderId: order.id, [field]: '0', reason: 'OTHER', method: 'STORE', storeId });
    expect(nothing.state?.message).toBe('Valitse ainakin yksi palautettava tuote.');
    expect(await prisma.return.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("answers another customer's order and a wrong link as not found, and changes nothing", async () => {
    const { order, lines, token } = await createOrder({ customerId, pickupStoreId: storeId, lines: [{ quantity: 1 }] });
    const fields = { orderId: order.id, [`quantity-${lines[0].id}`]: '1', reason: 'OTHER', method: 'MAIL' };

    request.userId = (await createUser()).id;
    expect((await submit(fields)).state).toMatchObject({ status: 'error', message: 'Etsimääsi ei löytynyt.' });
    request.userId = null;
    expect((await submit({ ...fields, token: token.slice(1) })).state).toMatchObject({ status: 'error', message: 'Etsimääsi ei löytynyt.' });
    expect(await prisma.return.count({ where: { orderId: order.id } })).toBe(0);
    expect(request.sentSoon).toEqual([]);
  });
});
