// The audit log page's list: filters (kind of change, who, subject, Helsinki dates) applied in
// SQL, newest first, 50 to a page with nothing lost or shown twice between pages.
import '../support/test-database';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAuditFilters, type AuditFilters } from '@/lib/admin/audit/audit-filters';
import { AUDIT_PER_PAGE, listAuditEntries } from '@/lib/admin/audit/list-audit-entries';
import { listAuditFilterOptions } from '@/lib/admin/audit/list-audit-filter-options';
import { prisma } from '@/lib/db';
import { createProduct } from '../support/factories/catalog';
import { createUser } from '../support/factories/users';

let owner: { id: string };
let staff: { id: string };

const filters = (params: Record<string, string>): AuditFilters => readAuditFilters(params);

async function entry(action: string, entityType: string, createdAt: string, actorId: string | null, data: object = {}) {
  return prisma.auditLog.create({ data: { action, entityType, entityId: 'e-' + action, actorId, createdAt: new Date(createdAt), data } });
}

beforeAll(async () => {
  owner = await createUser({ role: 'OWNER', name: 'Päivi' });
  staff = await createUser({ role: 'STAFF', name: 'Jussi' });
  await entry('product.price_changed', 'product', '2026-11-10T10:00:00Z', owner.id, { before: { priceCents: 1290 }, after: { priceCents: 1490 } });
  await entry('product.bulk_price_changed', 'product', '2026-11-11T10:00:00Z', owner.id);
  await entry('stock.adjusted', 'stock', '2026-11-12T10:00:00Z', staff.id, { delta: -2, reason: 'rikki' });
  await entry('refund.created', 'order', '2026-11-13T10:00:00Z', owner.id, { amountCents: 500 });
  await entry('user.role_changed', 'user', '2026-11-14T10:00:00Z', owner.id);
  await entry('setting.changed', 'setting', '2026-11-15T10:00:00Z', null);
  // Either side of Helsinki midnight at the start of 20 November (22:00 UTC on the 19th).
  await entry('store.updated', 'store', '2026-11-19T21:59:59Z', owner.id);
  await entry('content.published', 'content', '2026-11-19T22:00:00Z', staff.id);
  // Many stock entries, for the pages.
  await prisma.auditLog.createMany({
    data: Array.from({ length: 115 }, (_, i) => ({
      action: 'stock.received',
      entityType: 'stock',
      entityId: `bulk-${i}`,
      actorId: staff.id,
      createdAt: new Date(Date.UTC(2026, 9, 1, 0, i)),
      data: { quantity: i },
    })),
  });
});

describe('listAuditEntries', () => {
  it('lists everything newest first, with who did it', async () => {
    const page = await listAuditEntries(filters({}));
    expect(page.total).toBe(123);
    expect(page.items[0]).toMatchObject({ action: 'content.published', actor: { id: staff.id, name: 'Jussi' } });
    expect(page.items.map((item) => item.action).slice(0, 3)).toEqual(['content.published', 'store.updated', 'setting.changed']);
    expect(page.items[2].actor).toBeNull();
  });

  it('filters by kind of change: prices (any action about a price), stock, refunds, staff', async () => {
    const actions = async (group: string) => (await listAuditEntries(filters({ group }))).items.map((item) => item.action);
    expect(await actions('price')).toEqual(['product.bulk_price_changed', 'product.price_changed']);
    expect(new Set(await actions('stock'))).toEqual(new Set(['stock.adjusted', 'stock.received']));
    expect(await actions('refund')).toEqual(['refund.created']);
    expect(await actions('staff')).toEqual(['user.role_changed']);
    expect(await actions('content')).toEqual(['content.published']);
  });

  it('filters by who did it and by subject', async () => {
    const byOwner = await listAuditEntries(filters({ actor: owner.id }));
    expect(byOwner.items.map((item) => item.action)).toEqual(['store.updated', 'user.role_changed', 'refund.created', 'product.bulk_price_changed', 'product.price_changed']);
    const orders = await listAuditEntries(filters({ entity: 'order' }));
    expect(orders.items.map((item) => item.action)).toEqual(['refund.created']);
    const both = await listAuditEntries(filters({ actor: staff.id, entity: 'stock' }));
    expect(both.total).toBe(116);
  });

  it('filters by Helsinki dates, both days included', async () => {
    const on20th = await listAuditEntries(filters({ from: '2026-11-20', to: '2026-11-20' }));
    expect(on20th.items.map((item) => item.action)).toEqual(['content.published']);
    const week = await listAuditEntries(filters({ from: '2026-11-12', to: '2026-11-19' }));
    expect(week.items.map((item) => item.action)).toEqual(['store.updated', 'setting.changed', 'user.role_changed', 'refund.created', 'stock.adjusted']);
  });

  it('pages 50 at a time without losing or repeating an entry', async () => {
    const query = { group: 'stock' };
    const pages = await Promise.all([1, 2, 3].map((page) => listAuditEntries(filters({ ...query, page: String(page) }))));
    expect(pages.map((page) => page.items.length)).toEqual([AUDIT_PER_PAGE, AUDIT_PER_PAGE, 16]);
    expect(pages[0].pageCount).toBe(3);
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(116);
    const times = pages.flatMap((page) => page.items.map((item) => item.createdAt.getTime()));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect((await listAuditEntries(filters({ ...query, page: '4' }))).items).toEqual([]);
  });
});

describe('links to what an entry is about', () => {
  it("opens a stock entry's product stock page (found through its variant) and an order entry's order by number", async () => {
    const product = await createProduct();
    await prisma.auditLog.create({
      data: { action: 'stock.adjusted', entityType: 'stock', entityId: product.variants[0].id, actorId: owner.id, createdAt: new Date('2026-12-01T10:00:00Z'), data: { before: 5, after: 3 } },
    });
    await prisma.auditLog.create({
      data: { action: 'order.cancelled', entityType: 'order', entityId: product.id, actorId: owner.id, createdAt: new Date('2026-12-01T11:00:00Z'), data: { number: 10077 } },
    });
    const page = await listAuditEntries(filters({ from: '2026-12-01' }));
    expect(page.items.map((item) => [item.action, item.href])).toEqual([
      ['order.cancelled', '/admin/orders/10077'],
      ['stock.adjusted', `/admin/products/${product.id}/stock`],
    ]);
  });
});

describe('listAuditFilterOptions', () => {
  it('offers the owner and staff as actors and the subjects that have entries', async () => {
    const options = await listAuditFilterOptions();
    expect(options.actors.map((actor) => actor.id)).toEqual(expect.arrayContaining([owner.id, staff.id]));
    expect(options.entityTypes).toEqual(['content', 'order', 'product', 'setting', 'stock', 'store', 'user']);
  });
});
