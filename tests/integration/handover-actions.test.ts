// The "picked up" server action: who may press it, and what the counter is told. The request
// around it (session, locale, redirects, cache) is replaced by stand-ins; the database is real.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handOverPickupAction } from '@/lib/actions/handover-pickup';
import { prisma } from '@/lib/db';
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

function form(fields: Record<string, string | number>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, String(value));
  return data;
}

async function stoppedBy(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof Stopped)) throw new Error(`Expected the request to be stopped, got ${String(error)}`);
  return error.how;
}

async function unchanged(orderId: string) {
  const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { pickup: true } });
  return {
    status: order.status,
    pickup: order.pickup?.status,
    failedAttempts: order.pickup?.failedAttempts,
    payments: await prisma.payment.count({ where: { orderId } }),
    receipts: await prisma.outboxMessage.count({ where: { kind: 'pickup.receipt', reference: orderId } }),
  };
}

describe('who may hand an order over', () => {
  it('sends a signed-out visitor to sign in, and changes nothing', async () => {
    const { storeId, order } = await createPickupOrder();
    const before = await unchanged(order.id);
    expect(await stoppedBy(handOverPickupAction({ status: 'idle' }, form({ storeId, number: order.number, code: CODE, paymentMethod: 'CASH' })))).toMatch(/^redirect \/signin/);
    expect(await unchanged(order.id)).toEqual(before);
  });

  it('refuses a customer', async () => {
    const { storeId, order } = await createPickupOrder();
    const before = await unchanged(order.id);
    request.userId = (await createUser()).id;
    expect(await stoppedBy(handOverPickupAction({ status: 'idle' }, form({ storeId, number: order.number, code: CODE, paymentMethod: 'CASH' })))).toBe('forbidden');
    expect(await unchanged(order.id)).toEqual(before);
  });

  it('refuses staff of another store, whichever store id they send', async () => {
    const { storeId, order } = await createPickupOrder();
    const otherStore = await createStore();
    request.userId = (await createStaff([otherStore.id])).id;
    const before = await unchanged(order.id);

    expect(await stoppedBy(handOverPickupAction({ status: 'idle' }, form({ storeId, number: order.number, code: CODE, paymentMethod: 'CASH' })))).toBe('forbidden');
    // Their own store's id with this order's number: the order is not picked up there.
    const own = await handOverPickupAction({ status: 'idle' }, form({ storeId: otherStore.id, number: order.number, code: CODE, paymentMethod: 'CASH' }));
    expect(own).toMatchObject({ status: 'error', message: 'Etsimääsi ei löytynyt.' });
    expect(await unchanged(order.id)).toEqual(before);
  });

  it('lets staff of the store hand it over, and sends the receipt at once', async () => {
    const { storeId, order } = await createPickupOrder();
    request.userId = (await createStaff([storeId])).id;

    const state = await handOverPickupAction({ status: 'idle' }, form({ storeId, number: order.number, code: 'abc234', paymentMethod: 'CASH' }));

    expect(state).toEqual({ status: 'ok', message: `Tilaus ${order.number} on luovutettu. Kuitti lähtee asiakkaalle sähköpostilla.` });
    const receipt = await prisma.outboxMessage.findFirstOrThrow({ where: { kind: 'pickup.receipt', reference: order.id } });
    expect(request.sentSoon).toEqual([[receipt.id]]);
    expect((await prisma.pickup.findUniqueOrThrow({ where: { orderId: order.id } })).handedOverById).toBe(request.userId);
  });

  it('lets the owner hand over at any store', async () => {
    const { storeId, order } = await createPickupOrder({ paid: true });
    request.userId = (await createStaff([], { role: 'OWNER' })).id;
    expect(await handOverPickupAction({ status: 'idle' }, form({ storeId, number: order.number, code: CODE }))).toMatchObject({ status: 'ok' });
  });
});

describe('what the counter is told', () => {
  it('says how many tries are left after a wrong code, and that it is locked after the fifth', async () => {
    const { storeId, order } = await createPickupOrder({ paid: true });
    request.userId = (await createStaff([storeId])).id;
    const press = (code: string) => handOverPickupAction({ status: 'idle' }, form({ storeId, number: order.number, code }));

    expect(await press('XYZ789')).toEqual({ status: 'error', message: 'Väärä koodi (4 yritystä jäljellä).', fieldErrors: { code: 'Väärä koodi (4 yritystä jäljellä).' } });
    for (let i = 0; i < 3; i += 1) await press('XYZ789');
    const lastTry = await press('XYZ789');
    expect(lastTry.message).toBe('Liian monta väärää koodia. Luovutus on lukittu 15 minuutiksi.');
    expect((await press(CODE)).message).toMatch(/^Liian monta väärää koodia\. Luovutus on lukittu 1[45] minuutiksi\.$/);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('PAID');
  });

  it('asks for the payment method and the code in Finnish, and refuses a pickup that is not ready', async () => {
    const { storeId, order } = await createPickupOrder();
    request.userId = (await createStaff([storeId])).id;

    expect(await handOverPickupAction({ status: 'idle' }, form({ storeId, number: order.number, code: CODE, paymentMethod: '' }))).toMatchObject({
      status: 'error',
      fieldErrors: { paymentMethod: 'Valitse, miten asiakas maksoi: käteisellä vai korttipäätteellä.' },
    });
    expect(await handOverPickupAction({ status: 'idle' }, form({ storeId, number: order.number, code: ' ', paymentMethod: 'CASH' }))).toMatchObject({
      fieldErrors: { code: 'Kirjoita asiakkaan noutokoodi.' },
    });
    expect(await handOverPickupAction({ status: 'idle' }, form({ storeId, number: order.number, code: CODE, paymentMethod: 'BITCOIN' }))).toMatchObject({
      fieldErrors: { paymentMethod: 'Valitse, miten asiakas maksoi: käteisellä vai korttipäätteellä.' },
    });

    const { order: picking } = await createPickupOrder({ storeId, status: 'PICKING' });
    expect(await handOverPickupAction({ status: 'idle' }, form({ storeId, number: picking.number, code: CODE, paymentMethod: 'CASH' }))).toMatchObject({
      status: 'error',
      message: 'Tämä on jo muuttunut (esimerkiksi toinen työntekijä ehti ensin). Päivitä sivu ja tarkista tilanne.',
    });
    expect(await prisma.payment.count({ where: { orderId: { in: [order.id, picking.id] } } })).toBe(0);
  });
});
