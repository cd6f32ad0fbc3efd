// The audit log's pure parts: reading filters from the URL, Helsinki day boundaries, showing an
// entry's data and where its subject can be opened.
import { describe, expect, it } from 'vitest';
import { auditEntityHref } from '@/lib/admin/audit/audit-entity-link';
import { auditQuery, readAuditFilters } from '@/lib/admin/audit/audit-filters';
import { helsinkiDayEnd, helsinkiDayStart } from '@/lib/admin/helsinki-day';
import { summarizeAuditData } from '@/lib/admin/audit/summarize-audit-data';

describe('readAuditFilters', () => {
  it('reads valid filters and ignores malformed ones', () => {
    const id = '0b6f3a52-1d2e-4c3b-9a8f-7e6d5c4b3a21';
    expect(readAuditFilters({ group: 'price', actor: id.toUpperCase(), entity: 'product', from: '2026-11-01', to: '2026-11-30', page: '3' })).toEqual({
      group: 'price', actorId: id, entityType: 'product', from: '2026-11-01', to: '2026-11-30', page: 3,
    });
    expect(readAuditFilters({ group: 'drop table', actor: 'x', entity: "a'; --", from: '2026-02-30', to: '30.11.2026', page: '-1' })).toEqual({
      group: null, actorId: null, entityType: null, from: null, to: null, page: 1,
    });
  });

  it('makes the query string of another page, leaving out what is empty', () => {
    const filters = readAuditFilters({ group: 'stock', from: '2026-11-01', page: '2' });
    expect(auditQuery(filters)).toEqual({ group: 'stock', from: '2026-11-01', page: '2' });
    expect(auditQuery(filters, 1)).toEqual({ group: 'stock', from: '2026-11-01' });
  });
});

describe('helsinkiDayStart', () => {
  it('is 22:00 UTC the day before in winter and 21:00 UTC in summer, also on the days clocks change', () => {
    expect(helsinkiDayStart('2026-11-20')!.toISOString()).toBe('2026-11-19T22:00:00.000Z');
    expect(helsinkiDayStart('2026-07-01')!.toISOString()).toBe('2026-06-30T21:00:00.000Z');
    expect(helsinkiDayStart('2026-03-29')!.toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(helsinkiDayEnd('2026-03-29')!.toISOString()).toBe('2026-03-29T21:00:00.000Z');
    expect(helsinkiDayStart('2026-10-25')!.toISOString()).toBe('2026-10-24T21:00:00.000Z');
    expect(helsinkiDayEnd('2026-10-25')!.toISOString()).toBe('2026-10-25T22:00:00.000Z');
  });
});

describe('summarizeAuditData', () => {
  it('shows changed fields of before/after objects as "old → new", and other fields as they are', () => {
    expect(summarizeAuditData({ before: { priceCents: 1290, name: 'Muki' }, after: { priceCents: 1490, name: 'Muki' }, reason: 'ale' })).toEqual([
      { key: 'priceCents', value: '12,90\u00a0€ → 14,90\u00a0€' },
      { key: 'reason', value: 'ale' },
    ]);
  });

  it('joins before/after values and beforeCents/afterCents (money) into one line, and nested from/to pairs', () => {
    expect(summarizeAuditData({ storeId: 's1', before: 5, after: 3, delta: -2, reason: 'rikki' })).toEqual([
      { key: 'storeId', value: 's1' },
      { key: '', value: '5 → 3' },
      { key: 'delta', value: '-2' },
      { key: 'reason', value: 'rikki' },
    ]);
    expect(summarizeAuditData({ sku: 'A-1', beforeCents: 1290, afterCents: 1490 }, 'en')).toEqual([
      { key: 'sku', value: 'A-1' },
      { key: '', value: '€12.90 → €14.90' },
    ]);
    expect(summarizeAuditData({ role: { from: 'STAFF', to: 'OWNER' }, note: null, amountCents: 500 })).toEqual([
      { key: 'role', value: 'STAFF → OWNER' },
      { key: 'note', value: '–' },
      { key: 'amountCents', value: '5,00\u00a0€' },
    ]);
    expect(summarizeAuditData({})).toEqual([]);
    expect(summarizeAuditData({ nested: { a: 'y'.repeat(200) } })[0].value).toHaveLength(120);
  });
});

describe('auditEntityHref', () => {
  const link = (entityType: string, entityId: string | null, data: object = {}, extra: { action?: string; productId?: string } = {}) =>
    auditEntityHref({ action: extra.action ?? 'x.changed', entityType, entityId, data, productId: extra.productId });

  it('links products, stock (through the variant\'s product), orders by number, people and stores', () => {
    expect(link('product', 'p1')).toBe('/admin/products/p1');
    expect(link('variant', 'v1', { productId: 'p2' })).toBe('/admin/products/p2');
    expect(link('stock', 'v1', {}, { productId: 'p3' })).toBe('/admin/products/p3/stock');
    expect(link('stock_transfer', 't1', { variantId: 'v1' }, { productId: 'p4' })).toBe('/admin/products/p4/stock');
    expect(link('order', 'o1', { number: 10042 })).toBe('/admin/orders/10042');
    expect(link('user', 'u1', {}, { action: 'customer.erased' })).toBe('/admin/customers/u1');
    expect(link('user', 'u1', {}, { action: 'user.invited' })).toBe('/admin/staff/u1');
    expect(link('store', 's1')).toBe('/admin/stores/s1');
    expect(link('setting', 'shop.name')).toBe('/admin/settings');
  });

  it('gives no link where there is no page to open', () => {
    expect(link('stock', 'v1')).toBeNull();
    expect(link('order', 'o1')).toBeNull();
    expect(link('something', 'x')).toBeNull();
  });
});
