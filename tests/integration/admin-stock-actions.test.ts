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

type User = { id: string; role: 'CUSTOMER' | 'STAFF' | 'OWNER'; email: string; name: string | null; locale: 'fi' | 'en' };

const request = vi.hoisted(() => {
  class Navigated extends Error {
    constructor(readonly to: string) {
      super(`navigate to ${to}`);
    }
  }
  return { Navigated, user: null as null | User, revalidated: [] as string[][] };
});

vi.mock('@/lib/auth/session', () => ({ getSessionUser: async () => request.user }));
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const { loadMessages } = await import('@/i18n/messages');
  const messages = await loadMessages('fi');
  return {
    getLocale: async () => 'fi',
    getTranslations: async (namespace?: string) => createTranslator({ locale: 'fi', messages, namespace: namespace as never }),
  };
});
vi.mock('@/i18n/navigation', () => ({
  redirect: ({ href }: { href: string }) => {
    throw new request.Navigated(href);
  },
  getPathname: ({ href }: { href: string | { pathname: string; query?: Record<string, string> } }) =>
    typeof href === 'string' ? href : `${href.pathname}?${new URLSearchParams(href.query)}`,
}));
vi.mock('next/navigation', () => ({
  forbidden: () => {
    throw new request.Navigated('403');
  },
  notFound: () => {
    throw new request.Navigated('404');
  },
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('@/lib/catalog/revalidate-catalog', () => ({
  revalidateProducts: async (ids: string[]) => {
    request.revalidated.push([...ids]);
  },
  revalidateCatalog: () => {},
}));

const idle: FormState = { status: 'idle' };
let owner: User;
let staff: User;
let customer: User;
let storeA: { id: string };
let storeB: { id: string };

function asUser(user: { id: string; role: User['role']; email: string; name: string | null }): User {
  return { id: user.id, role: user.role, email: user.email, name: user.name, locale: 'fi' };
}

beforeAll(async () => {
  storeA = await createStore();
  storeB = await createStore();
  owner = asUser(await createUser({ role: 'OWNER' }));
  staff = asUser(await createUser({ role: 'STAFF' }));
  // Staff of both stores: still not allowed in the back office.
  await prisma.staffAssignment.createMany({ data: [storeA, storeB].map((s) => ({ userId: staff.id, storeId: s.id })) });
  customer = asUser(await createUser());
});

beforeEach(() => {
  request.user = owner;
  request.revalidated = [];
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function refused(run: () => Promise<unknown>, user: User | null): Promise<string> {
  request.user = user;
  try {
    await run();
  } catch (error) {
    if (error instanceof request.Navigated) return error.to;
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
    ['signed out', (): User | null => null, /^\/signin/],
    ['a customer', (): User | null => customer, /^403$/],
    ['staff of the stores', (): User | null => staff, /^403$/],
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
    expect(request.revalidated).toEqual([]);
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
    expect(request.revalidated).toEqual([[product.id], [product.id]]);

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
    expect(request.revalidated).toHaveLength(4);
    expect(await prisma.stockLevel.findMany({ where: { variantId }, select: { storeId: true, onHand: true }, orderBy: { onHand: 'asc' } })).toEqual([
      { storeId: storeB.id, onHand: 3 },
      { storeId: storeA.id, onHand: 7 },
    ]);
  });
});
