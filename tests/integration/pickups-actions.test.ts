// Who may work the pickup queue: each server action, called as Next would call it, with the
// signed-in user, locale and navigation replaced by stand-ins; the database is real.
import '../support/test-database';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cancelPickupLineAction } from '@/lib/actions/pickup-cancel-line';
import { cancelPickupOrderAction } from '@/lib/actions/pickup-cancel-order';
import { markPickupReadyAction } from '@/lib/actions/pickup-mark-ready';
import { receivePickupTransferAction } from '@/lib/actions/pickup-receive-transfer';
import { setLinePickedAction } from '@/lib/actions/pickup-set-line-picked';
import { prisma } from '@/lib/db';
import type { FormState } from '@/lib/forms/form-state';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { form, outcome, request, resetRequest } from '../support/request-stand-ins';
import { createStaff, pickupOrder, product, storeWithWarehouse } from './pickups-fixtures';

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/jobs/send-outbox-soon', () => import('../support/request-stand-ins').then((m) => m.outboxKickStandIn));

const idle: FormState = { status: 'idle' };
let storeA: { id: string };
let storeB: { id: string };
let staffA: string;
let staffB: string;
let owner: string;
let customer: string;

beforeAll(async () => {
  storeA = await createStore();
  storeB = await createStore();
  staffA = (await createStaff([storeA.id])).id;
  staffB = (await createStaff([storeB.id])).id;
  owner = (await createStaff([], 'OWNER')).id;
  customer = (await createUser()).id;
});

beforeEach(resetRequest);

/** What each action would change, and a check that nothing did. */
async function snapshot(orderId: string) {
  const [order, pickup, lines, transfers, emails] = await Promise.all([
    prisma.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } }),
    prisma.pickup.findUniqueOrThrow({ where: { orderId }, select: { status: true, codeHash: true } }),
    prisma.orderLine.findMany({ where: { orderId }, orderBy: { id: 'asc' }, select: { pickedAt: true, cancelledAt: true } }),
    prisma.stockTransfer.findMany({ where: { orderId }, select: { status: true } }),
    prisma.outboxMessage.count({ where: { OR: [{ reference: orderId }, { kind: { startsWith: 'pickup.' } }] } }),
  ]);
  return { order, pickup, lines, transfers, emails };
}

type Case = { name: string; run: (storeId: string, order: Awaited<ReturnType<typeof pickupOrder>>, transferId: string) => Promise<FormState> };

const actions: Case[] = [
  { name: 'picked', run: (storeId, order) => setLinePickedAction(idle, form({ storeId, orderId: order.id, lineId: order.lines[0].id, picked: 'true' })) },
  { name: 'missing line', run: (storeId, order) => cancelPickupLineAction(idle, form({ storeId, orderId: order.id, lineId: order.lines[0].id })) },
  { name: 'ready', run: (storeId, order) => markPickupReadyAction(idle, form({ storeId, orderId: order.id })) },
  { name: 'cancel order', run: (storeId, order) => cancelPickupOrderAction(idle, form({ storeId, orderId: order.id, reason: 'missing_items' })) },
  { name: 'not collected', run: (storeId, order) => cancelPickupOrderAction(idle, form({ storeId, orderId: order.id, reason: 'uncollected' })) },
  { name: 'receive transfer', run: (storeId, _order, transferId) => receivePickupTransferAction(idle, form({ storeId, transferId })) },
];

/** A ship-to-store order at store A (one line from the warehouse, one from the store), so every action has something to act on. */
async function orderAtA() {
  const { warehouse } = await storeWithWarehouse();
  const shipped = await product(990, { [warehouse.id]: 2 });
  const local = await product(500, { [storeA.id]: 2 });
  const order = await pickupOrder({ storeId: storeA.id, items: [{ variantId: shipped.id, quantity: 1 }, { variantId: local.id, quantity: 1 }] });
  const transfer = await prisma.stockTransfer.findFirstOrThrow({ where: { orderId: order.id } });
  return { order, transferId: transfer.id };
}

describe.each(actions)('the "$name" action', ({ run }) => {
  it('refuses the signed out, customers and staff of another store, and changes nothing', async () => {
    const { order, transferId } = await orderAtA();
    const before = await snapshot(order.id);

    expect(await outcome(() => run(storeA.id, order, transferId))).toMatch(/^redirect \/signin/);
    request.userId = customer;
    expect(await outcome(() => run(storeA.id, order, transferId))).toBe('forbidden');
    request.userId = staffB;
    expect(await outcome(() => run(storeA.id, order, transferId))).toBe('forbidden');
    // Staff of B naming their own store cannot reach store A's order either.
    const viaOwnStore = await outcome(() => run(storeB.id, order, transferId));
    expect(viaOwnStore).toMatchObject({ status: 'error' });

    expect(await snapshot(order.id)).toEqual(before);
  });
});

describe('the actions for the right people', () => {
  it("let the store's staff pick, receive, make ready (once) and say so; the owner too", async () => {
    const { order, transferId } = await orderAtA();
    request.userId = staffA;
    for (const line of order.lines) {
      expect(await setLinePickedAction(idle, form({ storeId: storeA.id, orderId: order.id, lineId: line.id, picked: 'true' }))).toMatchObject({ status: 'ok' });
    }
    const early = await markPickupReadyAction(idle, form({ storeId: storeA.id, orderId: order.id }));
    expect(early).toEqual({ status: 'error', message: 'Osa tuotteista on vielä matkalla myymälään.' });

    request.userId = owner;
    expect(await receivePickupTransferAction(idle, form({ storeId: storeA.id, transferId }))).toMatchObject({ status: 'ok' });
    request.userId = staffA;
    expect(await markPickupReadyAction(idle, form({ storeId: storeA.id, orderId: order.id }))).toMatchObject({ status: 'ok', message: expect.stringContaining('noutokoodi') });
    expect(await markPickupReadyAction(idle, form({ storeId: storeA.id, orderId: order.id }))).toMatchObject({ status: 'ok', message: expect.stringContaining('jo merkitty') });
    expect(await prisma.outboxMessage.count({ where: { kind: 'pickup.ready', reference: order.pickup!.id } })).toBe(1);

    // An illegal step gets a clear message, not a generic one.
    const picking = await setLinePickedAction(idle, form({ storeId: storeA.id, orderId: order.id, lineId: order.lines[0].id, picked: 'false' }));
    expect(picking).toEqual({ status: 'error', message: 'Tätä tilausta ei voi enää kerätä: se on jo valmis, noudettu tai peruttu.' });
    const notYet = await cancelPickupOrderAction(idle, form({ storeId: storeA.id, orderId: order.id, reason: 'uncollected' }));
    expect(notYet).toEqual({ status: 'error', message: 'Noutoaika ei ole vielä päättynyt.' });
  });

  it('refuses ids that are not ids before anything else', async () => {
    request.userId = staffA;
    const result = await markPickupReadyAction(idle, form({ storeId: storeA.id, orderId: 'not-an-id' }));
    expect(result).toMatchObject({ status: 'error', fieldErrors: { orderId: expect.stringContaining('Lataa sivu uudelleen') } });
  });
});
