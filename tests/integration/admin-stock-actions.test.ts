// The stock actions of the back office, called as Next would call them, with the signed-in user,
// locale, navigation and cache replaced by stand-ins; the database is real.
import '../support/test-database';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { adjustStockAction } from '@/lib/actions/admin-stock-adjust';
import { receiveStockAction } from '@/lib/actions/admin-stock-receive';
import { cancelTransferAction } from '@/lib/actions/admin-stock-transfer-cancel';
import { createTransferAction } from '@/lib/actions/admin-stock-transfer-create';
import { receiveTransferAction } from '@/lib/actions/admin-stock-transfer-receive';
import { shipTransferAction } from '@/lib/actions/admin-stock-transfer-ship';
import { prisma } from '@/lib/db';
import type { FormState } from '@/lib/forms/form-state';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createUser } from '../support/factories/users';
import { form, request, resetRequest, Stopped } from '../support/request-stand-ins';

type User = Awaited<ReturnType<typeof createUser>>;

/** The product ids of each revalidateProducts call. */
const catalog = vi.hoisted(() => ({ revalidated: [] as string[][] }));

vi.mock('@/lib/auth/session', () => import('../support/request-stand-ins').then((m) => m.sessionStandIn));
vi.mock('next-intl/server', () => import('../support/request-stand-ins').then((m) => m.intlServerStandIn()));
vi.mock('@/i18n/navigation', () => import('../support/request-stand-ins').then((m) => m.i18nNavigationWithQueryStandIn));
vi.mock('next/navigation', () => import('../support/request-stand-ins').then((m) => m.nextNavigationStandIn));
vi.mock('next/cache', () => import('../support/request-stand-ins').then((m) => m.cacheStandIn));
vi.mock('@/lib/catalog/revalidate-catalog', () => ({
  revalidateProducts: async (ids: string[]) => {
    catalog.revalidated.push([...ids]);
  },
  revalidateCatalog: () => {},
}));

const idle: FormState = { status: 'idle' };
let owner: User;
let staff: User;
let customer: User;
let storeA: { id: string };
let storeB: { id: string };

beforeAll(async () => {
  storeA = await createStore();
  storeB = await createStore();
  owner = await createUser({ role: 'OWNER' });
  staff = await createUser({ role: 'STAFF' });
  // Staff of both stores: still not allowed in the back office.
  await prisma.staffAssignment.createMany({ data: [storeA, storeB].map((s) => ({ userId: staff.id, storeId: s.id })) });
  customer = await createUser();
});

beforeEach(() => {
  resetRequest();
  request.userId = owner.id;
  catalog.revalidated = [];
});

async function refused(run: () => Promise<unknown>, user: User | null): Promise<string> {
  request.userId = user?.id ?? null;
  try {
    await run();
  } catch (error) {
    if (error instanceof Stopped) return error.how;
    throw error;
  }
  return 'not refused';
}

/** Everything a stock action could change, to compare before and after. */
async function snapshot(variantId: string) {
  const [levels, movements, transfers, audit] = await Promise.all([
    prisma.stockLevel.findMany({ where: { variantId }, select: { storeId: true, onHand: true, reserved: true }, orderBy: { storeId: 'asc' } }),
    prisma.stockMovement.count({ where: { variantId } }),
    prisma.stockTransfer.findMany({ where: { lines: { some: { variantId } } }, select: { id: true, status: true }, orderBy: { id: 'asc' } }),
    prisma.auditLog.count(),
  ]);
  return { levels, movements, transfers, audit };
}

describe('only the owner may change stock', () => {
  it.each([
    ['signed out', (): User | null => null, /^redirect \/signin/],
    ['a customer', (): User | null => customer, /^forbidden$/],
    ['staff of the stores', (): User | null => staff, /^forbidden$/],
  ] as const)('refuses %s, action by action, and nothing changes', async (_who, who, expected) => {
    const product = await createProduct({ stock: { [storeA.id]: 5 } });
    const variantId = product.variants[0].id;
    const requested = await prisma.stockTransfer.create({
      data: { fromStoreId: storeA.id, toStoreId: storeB.id, lines: { create: { variantId, quantity: 1 } } },
    });
    const inTransit = await prisma.stockTransfer.create({
      data: { fromStoreId: storeA.id, toStoreId: storeB.id, status: 'IN_TRANSIT', lines: { create: { variantId, quantity: 1 } } },
    });
    const before = await snapshot(variantId);
    const cell = { variantId, storeId: storeA.id };

    expect(await refused(() => adjustStockAction(idle, form({ ...cell, mode: 'set', quantity: '0', reason: 'x' })), who())).toMatch(expected);
    expect(await refused(() => receiveStockAction(idle, form({ ...cell, quantity: '10' })), who())).toMatch(expected);
    expect(
      await refused(() => createTransferAction(idle, form({ variantId, fromStoreId: storeA.id, toStoreId: storeB.id, quantity: '1' })), who()),
    ).toMatch(expected);
    expect(await refused(() => shipTransferAction(idle, form({ transferId: requested.id })), who())).toMatch(expected);
    expect(await refused(() => cancelTransferAction(idle, form({ transferId: requested.id })), who())).toMatch(expected);
    expect(await refused(() => receiveTransferAction(idle, form({ transferId: inTransit.id })), who())).toMatch(expected);

    expect(await snapshot(variantId)).toEqual(before);
    expect(catalog.revalidated).toEqual([]);
  });
});

describe('the owner', () => {
  it('adjusts, receives and transfers through the forms, and is told the outcome', async () => {
    const product = await createProduct({ stock: { [storeA.id]: 5 } });
    const variantId = product.variants[0].id;
    const cell = { variantId, storeId: storeA.id };

    expect(await adjustStockAction(idle, form({ ...cell, mode: 'set', quantity: '4', reason: '' }))).toMatchObject({
      status: 'error',
      fieldErrors: { reason: 'Kirjoita syy.' },
    });
    expect(await adjustStockAction(idle, form({ ...cell, mode: 'set', quantity: '4', reason: 'inventaario' }))).toEqual({
      status: 'ok',
      message: 'Saldo tallennettiin: hyllyssä nyt 4.',
    });
    expect(await receiveStockAction(idle, form({ ...cell, quantity: '6' }))).toEqual({ status: 'ok', message: 'Vastaanotto kirjattiin: hyllyssä nyt 10.' });
    // The shop's stock summary is refreshed after each change (not after the refused one).
    expect(catalog.revalidated).toEqual([[product.id], [product.id]]);

    expect(await createTransferAction(idle, form({ variantId, fromStoreId: storeA.id, toStoreId: storeB.id, quantity: '11' }))).toMatchObject({ status: 'ok' });
    const transfer = await prisma.stockTransfer.findFirstOrThrow({ where: { lines: { some: { variantId } } } });
    expect(await shipTransferAction(idle, form({ transferId: transfer.id }))).toEqual({
      status: 'error',
      message: 'Lähtömyymälässä ei ole tarpeeksi saatavilla olevia kappaleita (varatut eivät voi lähteä).',
    });
    expect(await cancelTransferAction(idle, form({ transferId: transfer.id }))).toEqual({ status: 'ok', message: 'Siirto peruttiin.' });
    expect(await receiveTransferAction(idle, form({ transferId: transfer.id }))).toEqual({ status: 'error', message: 'Siirto on peruttu.' });

    expect(await createTransferAction(idle, form({ variantId, fromStoreId: storeA.id, toStoreId: storeB.id, quantity: '3' }))).toMatchObject({ status: 'ok' });
    const second = await prisma.stockTransfer.findFirstOrThrow({ where: { lines: { some: { variantId } }, status: 'REQUESTED' } });
    expect(await shipTransferAction(idle, form({ transferId: second.id }))).toEqual({ status: 'ok', message: 'Siirto lähetettiin: tavara on matkalla.' });
    expect(await receiveTransferAction(idle, form({ transferId: second.id }))).toMatchObject({ status: 'ok' });
    expect(catalog.revalidated).toHaveLength(4);
    expect(await prisma.stockLevel.findMany({ where: { variantId }, select: { storeId: true, onHand: true }, orderBy: { onHand: 'asc' } })).toEqual([
      { storeId: storeB.id, onHand: 3 },
      { storeId: storeA.id, onHand: 7 },
    ]);
  });
});

describe('two transfers shipped at the same time', () => {
  it('ships the one that fits and tells the owner why the other cannot go; the refused one changes nothing', async () => {
    // 5 on hand at A, two transfers of 4 each: only one can leave, whichever comes first.
    const product = await createProduct({ stock: { [storeA.id]: 5 } });
    const variantId = product.variants[0].id;
    const transfers = await Promise.all(
      [1, 2].map(() =>
        prisma.stockTransfer.create({ data: { fromStoreId: storeA.id, toStoreId: storeB.id, lines: { create: { variantId, quantity: 4 } } } }),
      ),
    );

    const answers = await Promise.all(transfers.map((t) => shipTransferAction(idle, form({ transferId: t.id }))));

    // The owner who lost the race is told the real reason, not a database error or "try again".
    expect(answers.map((a) => `${a.status}: ${a.message}`).sort()).toEqual([
      'error: Lähtömyymälässä ei ole tarpeeksi saatavilla olevia kappaleita (varatut eivät voi lähteä).',
      'ok: Siirto lähetettiin: tavara on matkalla.',
    ]);
    const shipped = transfers[answers.findIndex((a) => a.status === 'ok')].id;
    const refused = transfers[answers.findIndex((a) => a.status === 'error')].id;
    expect(await prisma.stockTransfer.findMany({ where: { id: { in: [shipped, refused] } }, select: { id: true, status: true } })).toEqual(
      expect.arrayContaining([
        { id: shipped, status: 'IN_TRANSIT' },
        { id: refused, status: 'REQUESTED' },
      ]),
    );
    expect(await prisma.stockLevel.findMany({ where: { variantId }, select: { storeId: true, onHand: true, reserved: true } })).toEqual([
      { storeId: storeA.id, onHand: 1, reserved: 0 },
    ]);
    expect(await prisma.stockMovement.count({ where: { transferId: refused } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityId: refused, action: 'stock.transfer_shipped' } })).toBe(0);
    expect(catalog.revalidated).toEqual([[product.id]]);
  });
});
