import 'server-only';
import { stringify } from 'csv-stringify/sync';
import type { Dashboard } from './get-dashboard';

/** Cents as a plain decimal euro amount ("-12.50"), without floating point. */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

type Row = [section: string, item: string, day: string, metric: string, value: string | number];

/**
 * The dashboard's figures as CSV, one figure per row (section, item, day, metric, value), so a
 * spreadsheet can filter and pivot them. Money is in euros with a decimal point; ids and
 * channel/status names are stable keys, not translations. Starts with a BOM for Excel.
 */
export function dashboardCsv(dashboard: Dashboard): string {
  const { bounds, sales } = dashboard;
  const rows: Row[] = [
    ['period', bounds.period, '', 'first_day', bounds.days[0]],
    ['period', bounds.period, '', 'last_day', bounds.days[bounds.days.length - 1]],
  ];
  for (const c of [...sales.channels, { channel: 'total', ...sales.total }]) {
    rows.push(
      ['sales', c.channel, '', 'orders', c.orders],
      ['sales', c.channel, '', 'gross_eur', centsToDecimal(c.grossCents)],
      ['sales', c.channel, '', 'refunds_eur', centsToDecimal(c.refundCents)],
      ['sales', c.channel, '', 'net_eur', centsToDecimal(c.netCents)],
    );
  }
  for (const day of sales.daily) {
    for (const [channel, cents] of Object.entries(day.netCents)) rows.push(['daily_net_sales', channel, day.day, 'net_eur', centsToDecimal(cents)]);
  }
  for (const s of dashboard.ordersByStatus) rows.push(['orders_by_status', s.status, '', 'orders', s.count]);
  for (const p of dashboard.pickups) {
    for (const metric of ['toPick', 'picking', 'ready', 'overdue', 'waiting'] as const) rows.push(['pickups', p.storeName, '', metric, p[metric]]);
  }
  rows.push(
    ['returns', 'all', '', 'returns', dashboard.returns.count],
    ['returns', 'all', '', 'awaiting_goods', dashboard.returns.awaiting],
    ['returns', 'all', '', 'refunded_eur', centsToDecimal(dashboard.returns.refundedCents)],
  );
  for (const store of dashboard.lowStock) {
    for (const item of store.items) rows.push(['low_stock', `${store.storeName} ${item.sku}`, '', 'available', item.available]);
  }
  for (const event of dashboard.events) {
    rows.push(['events', event.title ?? event.id, event.startsAt.toISOString(), 'confirmed_seats', event.confirmedSeats]);
    rows.push(['events', event.title ?? event.id, event.startsAt.toISOString(), 'capacity', event.capacity]);
  }
  for (const product of dashboard.topProducts) {
    rows.push(['top_products', product.name, '', 'units', product.units], ['top_products', product.name, '', 'revenue_eur', centsToDecimal(product.revenueCents)]);
  }
  return '\uFEFF' + stringify(rows, { header: true, columns: ['section', 'item', 'day', 'metric', 'value'] });
}
