// Finding the order at the counter: QR link, code, order number, name or phone, at this store only.
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { findHandoverMatches } from '@/lib/pickups/find-handover-matches';
import { findHandoverPickup } from '@/lib/pickups/find-handover-pickup';
import { hashPickupCode } from '@/lib/pickups/pickup-code';
import { createStore } from '../support/factories/stores';
import { CODE, createPickupOrder } from './handover-fixtures';
import '../support/test-database';

let here: string;
let elsewhere: string;
let ready: Awaited<ReturnType<typeof createPickupOrder>>['order'];
let picking: Awaited<ReturnType<typeof createPickupOrder>>['order'];
let otherStores: Awaited<ReturnType<typeof createPickupOrder>>['order'];

beforeAll(async () => {
  here = (await createStore()).id;
  elsewhere = (await createStore()).id;
  ready = (await createPickupOrder({ storeId: here, name: 'Aino Virtanen', phone: '040 123 4567', paid: true })).order;
  picking = (await createPickupOrder({ storeId: here, name: 'Ville Virtanen', phone: '+358 50 765 4321', status: 'PICKING' })).order;
  // Another store's ready order, with a code of its own and one the same as this store's.
  otherStores = (await createPickupOrder({ storeId: elsewhere, name: 'Vilma Virtanen', phone: '040 999 8888' })).order;
  await prisma.pickup.update({ where: { orderId: otherStores.id }, data: { codeHash: hashPickupCode('QQQ777') } });
});

describe('the hand-over search', () => {
  it('opens the order of a scanned QR link with its code', async () => {
    expect(await findHandoverMatches({ storeId: here, query: `http://shop.test/store/x/handover/${ready.number}?code=${CODE}` })).toEqual({
      kind: 'open',
      number: ready.number,
      code: CODE,
    });
  });

  it('opens the ready order whose code is typed, however it is typed', async () => {
    expect(await findHandoverMatches({ storeId: here, query: 'abc 234' })).toEqual({ kind: 'open', number: ready.number, code: CODE });
  });

  it('opens an order by its number', async () => {
    expect(await findHandoverMatches({ storeId: here, query: String(picking.number) })).toEqual({ kind: 'open', number: picking.number, code: null });
    expect(await findHandoverMatches({ storeId: here, query: `#${ready.number}` })).toEqual({ kind: 'open', number: ready.number, code: null });
  });

  it('lists this store’s pickups by name, newest first, without other stores’ customers', async () => {
    const result = await findHandoverMatches({ storeId: here, query: 'virtanen' });
    expect(result.kind).toBe('list');
    if (result.kind !== 'list') return;
    expect(result.matches.map((match) => match.number).sort()).toEqual([ready.number, picking.number].sort());
    expect(result.matches.map((match) => match.name)).not.toContain('Vilma Virtanen');
    expect(result.matches.find((match) => match.number === picking.number)).toMatchObject({ status: 'PICKING', phone: '+358 50 765 4321' });
  });

  it('finds by phone number however it was written', async () => {
    for (const query of ['0401234567', '+358 40 123 4567', '123 4567']) {
      const result = await findHandoverMatches({ storeId: here, query });
      expect({ query, found: result.kind === 'list' && result.matches.map((match) => match.number) }).toEqual({ query, found: [ready.number] });
    }
  });

  it('does not find another store’s orders by code, number, link, name or phone', async () => {
    expect(await findHandoverMatches({ storeId: here, query: 'QQQ777' })).toEqual({ kind: 'none', tried: 'code' });
    expect(await findHandoverMatches({ storeId: here, query: String(otherStores.number) })).toEqual({ kind: 'none', tried: 'number' });
    expect(await findHandoverMatches({ storeId: here, query: `/store/x/handover/${otherStores.number}?code=QQQ777` })).toEqual({ kind: 'none', tried: 'link' });
    expect(await findHandoverMatches({ storeId: here, query: 'Vilma' })).toEqual({ kind: 'none', tried: 'text' });
    expect(await findHandoverMatches({ storeId: here, query: '040 999 8888' })).toEqual({ kind: 'none', tried: 'text' });
    // At its own store the same code opens it.
    expect(await findHandoverMatches({ storeId: elsewhere, query: 'QQQ777' })).toEqual({ kind: 'open', number: otherStores.number, code: 'QQQ777' });
  });

  it('says what it did not find for unknown codes and numbers, and changes nothing', async () => {
    const before = await prisma.pickup.findMany({ orderBy: { id: 'asc' } });
    expect(await findHandoverMatches({ storeId: here, query: 'ZZZ999' })).toEqual({ kind: 'none', tried: 'code' });
    expect(await findHandoverMatches({ storeId: here, query: '99999' })).toEqual({ kind: 'none', tried: 'number' });
    expect(await findHandoverMatches({ storeId: here, query: '%' })).toEqual({ kind: 'none', tried: 'empty' });
    expect(await prisma.pickup.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });

  it('does not take a code of a pickup that is not ready yet', async () => {
    await prisma.pickup.update({ where: { orderId: picking.id }, data: { codeHash: hashPickupCode('RRR888') } });
    expect(await findHandoverMatches({ storeId: here, query: 'RRR888' })).toEqual({ kind: 'none', tried: 'code' });
  });
});

describe('the hand-over page’s order', () => {
  it('shows this store’s order without its cancelled lines, with what to take at the counter', async () => {
    const { order } = await createPickupOrder({ storeId: here, name: 'Kalle Kassalla' });
    const line = order.lines[0];
    const pickup = await findHandoverPickup({ storeId: here, number: order.number });
    expect(pickup).toMatchObject({ name: 'Kalle Kassalla', status: 'READY_FOR_PICKUP', orderStatus: 'PAY_AT_PICKUP', dueCents: 2580, paidWith: null });
    expect(pickup?.lines.map((l) => l.id)).toEqual([line.id]);

    await prisma.orderLine.update({ where: { id: line.id }, data: { cancelledAt: new Date() } });
    expect(await findHandoverPickup({ storeId: here, number: order.number })).toMatchObject({ lines: [], cancelledLineCount: 1, dueCents: 0 });
  });

  it('shows a paid order as paid online, and nothing for another store', async () => {
    expect(await findHandoverPickup({ storeId: here, number: ready.number })).toMatchObject({ dueCents: 0, paidWith: 'STRIPE', totalCents: 2580 });
    expect(await findHandoverPickup({ storeId: here, number: otherStores.number })).toBeNull();
  });
});
