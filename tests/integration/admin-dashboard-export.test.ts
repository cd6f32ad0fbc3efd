// The dashboard's CSV: the same figures as the page, one per row, money in euros, readable back
// by a CSV parser (names with commas and quotes survive).
import '../support/test-database';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { centsToDecimal, dashboardCsv } from '@/lib/admin/dashboard/dashboard-csv';
import { getDashboard } from '@/lib/admin/dashboard/get-dashboard';
import { createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createFixtureOrder, createFixtureRefund } from './admin-dashboard-fixtures';

const NOW = new Date('2026-11-20T10:00:00Z');
let rows: Record<string, string>[];
let csv: string;

beforeAll(async () => {
  const store = await createStore({ name: 'Kauppa "Keskusta", Jyväskylä' });
  const product = await createProduct({ nameFi: 'Kahvi, tumma "Pihlaja"', variants: [{ priceCents: 1250, stock: { [store.id]: 1 } }] });
  const line = { productId: product.id, variantId: product.variants[0].id, quantity: 2, unitPriceCents: 1250 };
  const order = await createFixtureOrder({ fulfilment: 'DELIVERY', status: 'PAID', placedAt: '2026-11-18T09:00:00Z', paidAt: '2026-11-18T09:01:00Z', lines: [line], payments: [{ provider: 'STRIPE', amountCents: 2500 }] });
  await createFixtureRefund(order, 1250, '2026-11-19T09:00:00Z');
  await createFixtureOrder({
    fulfilment: 'PICKUP', status: 'PAID', placedAt: '2026-11-20T08:00:00Z', paidAt: '2026-11-20T08:01:00Z', pickupStoreId: store.id, lines: [line],
    payments: [{ provider: 'STRIPE', amountCents: 2500 }], pickup: { status: 'PENDING' },
  });
  csv = dashboardCsv(await getDashboard({ period: '7d', locale: 'fi', now: NOW }));
  rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
});

function value(section: string, item: string, metric: string, day = '') {
  return rows.find((row) => row.section === section && row.item === item && row.metric === metric && row.day === day)?.value;
}

describe('dashboardCsv', () => {
  it('starts with a BOM and a header, one figure per row', () => {
    expect(csv.startsWith('\uFEFFsection,item,day,metric,value\n')).toBe(true);
    expect(rows.every((row) => Object.keys(row).join() === 'section,item,day,metric,value')).toBe(true);
  });

  it('has the period and the sales by channel with refunds deducted, in euros', () => {
    expect(value('period', '7d', 'first_day')).toBe('2026-11-14');
    expect(value('period', '7d', 'last_day')).toBe('2026-11-20');
    expect(value('sales', 'webDelivery', 'gross_eur')).toBe('25.00');
    expect(value('sales', 'webDelivery', 'refunds_eur')).toBe('12.50');
    expect(value('sales', 'webDelivery', 'net_eur')).toBe('12.50');
    expect(value('sales', 'clickCollect', 'net_eur')).toBe('25.00');
    expect(value('sales', 'total', 'orders')).toBe('2');
    expect(value('sales', 'total', 'net_eur')).toBe('37.50');
  });

  it('has the net sales of every day and channel, a refund on its own day', () => {
    expect(rows.filter((row) => row.section === 'daily_net_sales')).toHaveLength(7 * 3);
    expect(value('daily_net_sales', 'webDelivery', 'net_eur', '2026-11-18')).toBe('25.00');
    expect(value('daily_net_sales', 'webDelivery', 'net_eur', '2026-11-19')).toBe('-12.50');
    expect(value('daily_net_sales', 'clickCollect', 'net_eur', '2026-11-20')).toBe('25.00');
  });

  it('has orders by status, pickups, low stock and top products, names with commas and quotes intact', () => {
    expect(value('orders_by_status', 'PAID', 'orders')).toBe('2');
    expect(value('orders_by_status', 'EXPIRED', 'orders')).toBe('0');
    expect(value('pickups', 'Kauppa "Keskusta", Jyväskylä', 'toPick')).toBe('1');
    expect(rows.find((row) => row.section === 'low_stock')?.value).toBe('1');
    expect(value('top_products', 'Kahvi, tumma "Pihlaja"', 'units')).toBe('4');
    expect(value('top_products', 'Kahvi, tumma "Pihlaja"', 'revenue_eur')).toBe('50.00');
  });
});

describe('centsToDecimal', () => {
  it('writes cents as euros without floating point', () => {
    expect([0, 5, 100, 1999, -1250, 123456789].map(centsToDecimal)).toEqual(['0.00', '0.05', '1.00', '19.99', '-12.50', '1234567.89']);
  });
});
