// The dashboard is right: a known set of orders, payments, refunds, returns and pickups across
// channels and days (with the edge cases: a refund of an older order, pay-at-pickup paid at the
// counter with a cancelled line, cancelled and expired orders, an order paid twice, Helsinki
// midnight, a daylight saving change inside the 30 days), and every figure compared with SQL
// written here, independently of the dashboard's queries, plus hand-counted totals.
import '../support/test-database';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDashboard, type Dashboard } from '@/lib/admin/dashboard/get-dashboard';
import type { DashboardPeriod } from '@/lib/admin/dashboard/period';
import { prisma } from '@/lib/db';
import { createProduct, setStock } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';
import { createFixtureOrder, createFixtureRefund } from './admin-dashboard-fixtures';

// Friday 20 November 2026, 12:00 in Helsinki (UTC+2).
const NOW = new Date('2026-11-20T10:00:00Z');
// The Helsinki dates each period covers (30 days reach back over the end of summer time, 25 October).
const PERIOD_DAYS: Record<DashboardPeriod, { first: string; last: string }> = {
  today: { first: '2026-11-20', last: '2026-11-20' },
  '7d': { first: '2026-11-14', last: '2026-11-20' },
  '30d': { first: '2026-10-22', last: '2026-11-20' },
};

let storeA: { id: string; name: string };
let storeB: { id: string; name: string };
let p1: Awaited<ReturnType<typeof createProduct>>;
let p2: Awaited<ReturnType<typeof createProduct>>;
let p3: Awaited<ReturnType<typeof createProduct>>;
const dashboards = new Map<DashboardPeriod, Dashboard>();

function line(product: typeof p1, quantity: number, cancelled = false) {
  return { productId: product.id, variantId: product.variants[0].id, quantity, unitPriceCents: product.variants[0].priceCents, cancelled };
}

beforeAll(async () => {
  storeA = await createStore({ position: 1, name: 'A-myymälä' });
  storeB = await createStore({ position: 2, name: 'B-myymälä' });
  const warehouse = await createStore({ position: 3, kind: 'WAREHOUSE', pickupEnabled: false, returnsEnabled: false });
  p1 = await createProduct({ nameFi: 'Kahvi', variants: [{ priceCents: 1000, stock: { [storeA.id]: 2, [warehouse.id]: 100 } }] });
  p2 = await createProduct({ nameFi: 'Muki', variants: [{ priceCents: 2000, stock: { [storeA.id]: 10, [storeB.id]: 3 } }] });
  p3 = await createProduct({ nameFi: 'Suodatin', variants: [{ priceCents: 300, stock: { [storeA.id]: 5 } }] });
  await prisma.stockLevel.update({ where: { variantId_storeId: { variantId: p3.variants[0].id, storeId: storeA.id } }, data: { reserved: 3 } });
  const archived = await createProduct({ nameFi: 'Vanha', status: 'ARCHIVED', variants: [{ priceCents: 100 }] });
  await setStock(archived.variants[0].id, storeA.id, 0);

  const stripe = (amountCents: number) => [{ provider: 'STRIPE' as const, amountCents }];
  // Web delivery and parcel lockers.
  const o1 = await createFixtureOrder({ fulfilment: 'DELIVERY', status: 'PAID', placedAt: '2026-11-15T09:59:00Z', paidAt: '2026-11-15T10:00:00Z', lines: [line(p1, 5)], payments: stripe(5000) });
  // 23:59:59 and 00:00:00 in Helsinki on either side of the 7 days' first midnight.
  await createFixtureOrder({ fulfilment: 'PARCEL_LOCKER', status: 'FULFILLED', placedAt: '2026-11-13T21:00:00Z', paidAt: '2026-11-13T21:59:59Z', lines: [line(p2, 1)], payments: stripe(2000) });
  await createFixtureOrder({ fulfilment: 'PARCEL_LOCKER', status: 'FULFILLED', placedAt: '2026-11-13T21:50:00Z', paidAt: '2026-11-13T22:00:00Z', lines: [line(p3, 1)], payments: stripe(300) });
  // Paid, then cancelled and refunded in full the same day.
  const o6 = await createFixtureOrder({ fulfilment: 'DELIVERY', status: 'CANCELLED', placedAt: '2026-11-17T07:00:00Z', paidAt: '2026-11-17T07:01:00Z', lines: [line(p2, 1)], payments: stripe(2000) });
  await createFixtureRefund(o6, 2000, '2026-11-17T09:00:00Z');
  // Never paid: expired.
  await createFixtureOrder({ fulfilment: 'DELIVERY', status: 'EXPIRED', placedAt: '2026-11-19T07:00:00Z', lines: [line(p1, 1)], payments: [{ provider: 'STRIPE', amountCents: 1000, status: 'CANCELLED' }] });
  // Either side of today's midnight.
  await createFixtureOrder({ fulfilment: 'DELIVERY', status: 'PAID', placedAt: '2026-11-19T21:58:00Z', paidAt: '2026-11-19T21:59:00Z', lines: [line(p1, 1)], payments: stripe(1000) });
  await createFixtureOrder({ fulfilment: 'DELIVERY', status: 'PAID', placedAt: '2026-11-19T21:59:30Z', paidAt: '2026-11-19T22:00:00Z', lines: [line(p2, 1)], payments: stripe(2000) });
  // Paid twice; the second payment refunded.
  const o13 = await createFixtureOrder({
    fulfilment: 'DELIVERY', status: 'PAID', placedAt: '2026-11-18T11:59:00Z', paidAt: '2026-11-18T12:00:00Z', lines: [line(p1, 1)],
    payments: [{ provider: 'STRIPE', amountCents: 1000 }, { provider: 'STRIPE', amountCents: 1000 }],
  });
  await createFixtureRefund(o13, 1000, '2026-11-18T13:00:00Z');
  // Refunds not (yet) paid out do not count.
  await createFixtureRefund(o1, 500, '2026-11-19T10:00:00Z', { status: 'PENDING' });
  await createFixtureRefund(o1, 700, '2026-11-19T10:00:00Z', { status: 'FAILED' });
  // Either side of the 30 days' first midnight, 22 October 00:00 in summer time (UTC+3).
  await createFixtureOrder({ fulfilment: 'DELIVERY', status: 'FULFILLED', placedAt: '2026-10-21T20:58:00Z', paidAt: '2026-10-21T20:59:00Z', lines: [line(p3, 1)], payments: stripe(300) });
  await createFixtureOrder({ fulfilment: 'DELIVERY', status: 'FULFILLED', placedAt: '2026-10-21T21:29:00Z', paidAt: '2026-10-21T21:30:00Z', lines: [line(p3, 1)], payments: stripe(300) });

  // Click & collect: paid at the counter days after it was placed, one line cancelled before.
  await createFixtureOrder({
    fulfilment: 'PICKUP', status: 'FULFILLED', placedAt: '2026-11-10T08:00:00Z', paidAt: '2026-11-16T12:00:00Z', pickupStoreId: storeA.id,
    lines: [line(p1, 1), line(p2, 1, true)], payments: [{ provider: 'CASH', amountCents: 1000 }], pickup: { status: 'PICKED_UP' },
  });
  // Pay at pickup, not paid yet; ready, and its deadline has passed.
  await createFixtureOrder({
    fulfilment: 'PICKUP', status: 'PAY_AT_PICKUP', placedAt: '2026-11-18T08:00:00Z', pickupStoreId: storeA.id, lines: [line(p3, 1)],
    pickup: { status: 'READY_FOR_PICKUP', deadlineAt: '2026-11-19T08:00:00Z' },
  });
  // An older order (paid before the 30 days) returned and refunded within the week.
  const old = await createFixtureOrder({
    fulfilment: 'PICKUP', status: 'FULFILLED', placedAt: '2026-10-01T09:00:00Z', paidAt: '2026-10-01T10:00:00Z', pickupStoreId: storeB.id,
    lines: [line(p2, 2)], payments: stripe(4000), pickup: { status: 'PICKED_UP' },
  });
  const returned = await prisma.return.create({ data: { orderId: old.id, status: 'REFUNDED', storeId: storeB.id, refundTotalCents: 2000, createdAt: new Date('2026-11-16T10:00:00Z') } });
  await createFixtureRefund(old, 2000, '2026-11-18T10:00:00Z', { returnId: returned.id });
  await prisma.return.create({ data: { orderId: old.id, status: 'CANCELLED', createdAt: new Date('2026-11-17T10:00:00Z') } });
  await prisma.return.create({ data: { orderId: old.id, status: 'REQUESTED', createdAt: new Date('2026-11-19T10:00:00Z') } });
  // The pickup queues: to pick (paid), not yet the store's work (waiting for card payment), picking, ready.
  await createFixtureOrder({ fulfilment: 'PICKUP', status: 'PAID', placedAt: '2026-11-20T08:59:00Z', paidAt: '2026-11-20T09:00:00Z', pickupStoreId: storeA.id, lines: [line(p3, 1)], payments: stripe(300), pickup: { status: 'PENDING' } });
  await createFixtureOrder({ fulfilment: 'PICKUP', status: 'PENDING_PAYMENT', placedAt: '2026-11-20T09:30:00Z', pickupStoreId: storeA.id, lines: [line(p1, 1)], pickup: { status: 'PENDING' } });
  await createFixtureOrder({ fulfilment: 'PICKUP', status: 'PAID', placedAt: '2026-11-19T08:59:00Z', paidAt: '2026-11-19T09:00:00Z', pickupStoreId: storeB.id, lines: [line(p1, 1)], payments: stripe(1000), pickup: { status: 'PICKING' } });
  await createFixtureOrder({
    fulfilment: 'PICKUP', status: 'PAID', placedAt: '2026-11-18T08:59:00Z', paidAt: '2026-11-18T09:00:00Z', pickupStoreId: storeA.id, lines: [line(p3, 2)],
    payments: stripe(600), pickup: { status: 'READY_FOR_PICKUP', deadlineAt: '2026-11-25T09:00:00Z' },
  });
  // Sold in the store today.
  await createFixtureOrder({ channel: 'STORE', fulfilment: 'PICKUP', status: 'FULFILLED', placedAt: '2026-11-20T08:00:00Z', paidAt: '2026-11-20T08:00:00Z', pickupStoreId: storeB.id, lines: [line(p3, 1)], payments: [{ provider: 'CARD_TERMINAL', amountCents: 300 }] });

  // Events: one upcoming with registrations, one past, one cancelled.
  const upcoming = await prisma.event.create({ data: { storeId: storeA.id, startsAt: new Date('2026-11-25T15:00:00Z'), endsAt: new Date('2026-11-25T17:00:00Z'), capacity: 20 } });
  await prisma.content.create({ data: { type: 'EVENT', status: 'PUBLISHED', locale: 'fi', slug: `kahvikurssi-${upcoming.id}`, title: 'Kahvikurssi', eventId: upcoming.id } });
  let token = 0;
  for (const [seats, status] of [[2, 'CONFIRMED'], [1, 'CONFIRMED'], [1, 'WAITLIST'], [3, 'CANCELLED']] as const) {
    token += 1;
    await prisma.eventRegistration.create({ data: { eventId: upcoming.id, name: 'Osallistuja', email: `r${token}@example.com`, seats, status, cancelTokenHash: `${upcoming.id}-${token}` } });
  }
  await prisma.event.create({ data: { storeId: storeA.id, startsAt: new Date('2026-11-01T15:00:00Z'), endsAt: new Date('2026-11-01T17:00:00Z'), capacity: 10 } });
  await prisma.event.create({ data: { storeId: storeB.id, startsAt: new Date('2026-11-26T15:00:00Z'), endsAt: new Date('2026-11-26T17:00:00Z'), capacity: 10, status: 'CANCELLED' } });

  for (const period of ['today', '7d', '30d'] as const) dashboards.set(period, await getDashboard({ period, locale: 'fi', now: NOW }));
});

type ChannelRow = { channel: string; orders: number; gross: number; refunds: number };

/** Sales per channel over the Helsinki dates first..last, by the definition on the page. */
async function salesBySql(first: string, last: string): Promise<ChannelRow[]> {
  return prisma.$queryRaw<ChannelRow[]>`
    WITH chan AS (
      SELECT id, paid_at,
             CASE WHEN channel = 'STORE' THEN 'store' WHEN fulfilment = 'PICKUP' THEN 'clickCollect' ELSE 'webDelivery' END AS channel
        FROM orders
    ), gross AS (
      SELECT c.channel, count(DISTINCT c.id)::int AS orders, COALESCE(sum(p.amount_cents), 0)::int AS gross
        FROM chan c LEFT JOIN payments p ON p.order_id = c.id AND p.status = 'SUCCEEDED'
       WHERE (c.paid_at AT TIME ZONE 'Europe/Helsinki')::date BETWEEN ${first}::date AND ${last}::date
       GROUP BY c.channel
    ), refunded AS (
      SELECT c.channel, sum(r.amount_cents)::int AS refunds
        FROM refunds r JOIN chan c ON c.id = r.order_id
       WHERE r.status = 'SUCCEEDED' AND (r.created_at AT TIME ZONE 'Europe/Helsinki')::date BETWEEN ${first}::date AND ${last}::date
       GROUP BY c.channel
    )
    SELECT ch AS channel, COALESCE(g.orders, 0) AS orders, COALESCE(g.gross, 0) AS gross, COALESCE(r.refunds, 0) AS refunds
      FROM unnest(ARRAY['webDelivery', 'clickCollect', 'store']) WITH ORDINALITY AS listed(ch, position)
      LEFT JOIN gross g ON g.channel = ch LEFT JOIN refunded r ON r.channel = ch
     ORDER BY position`;
}

async function dailyNetBySql(first: string, last: string) {
  return prisma.$queryRaw<{ day: string; channel: string; net: number }[]>`
    WITH chan AS (
      SELECT id, paid_at, CASE WHEN channel = 'STORE' THEN 'store' WHEN fulfilment = 'PICKUP' THEN 'clickCollect' ELSE 'webDelivery' END AS channel FROM orders
    ), money AS (
      SELECT (c.paid_at AT TIME ZONE 'Europe/Helsinki')::date AS day, c.channel, p.amount_cents AS cents
        FROM chan c JOIN payments p ON p.order_id = c.id AND p.status = 'SUCCEEDED'
      UNION ALL
      SELECT (r.created_at AT TIME ZONE 'Europe/Helsinki')::date, c.channel, -r.amount_cents
        FROM refunds r JOIN chan c ON c.id = r.order_id WHERE r.status = 'SUCCEEDED'
    )
    SELECT to_char(day, 'YYYY-MM-DD') AS day, channel, sum(cents)::int AS net FROM money
     WHERE day BETWEEN ${first}::date AND ${last}::date GROUP BY day, channel ORDER BY day, channel`;
}

describe.each(['today', '7d', '30d'] as const)('the dashboard for %s', (period) => {
  const { first, last } = PERIOD_DAYS[period];

  it('covers exactly the Helsinki days of the period', () => {
    const days = dashboards.get(period)!.bounds.days;
    expect(days[0]).toBe(first);
    expect(days[days.length - 1]).toBe(last);
  });

  it('has sales by channel (gross, refunds, net, orders) equal to SQL over the same orders', async () => {
    const { sales } = dashboards.get(period)!;
    const expected = await salesBySql(first, last);
    expect(sales.channels.map((c) => ({ channel: c.channel, orders: c.orders, gross: c.grossCents, refunds: c.refundCents }))).toEqual(expected);
    for (const c of sales.channels) expect(c.netCents).toBe(c.grossCents - c.refundCents);
    expect(sales.total.netCents).toBe(expected.reduce((sum, row) => sum + row.gross - row.refunds, 0));
  });

  it('has daily net sales per channel equal to SQL, every day of the period listed', async () => {
    const { sales, bounds } = dashboards.get(period)!;
    const expected = await dailyNetBySql(first, last);
    const shown = sales.daily.flatMap((day) => Object.entries(day.netCents).filter(([, net]) => net !== 0).map(([channel, net]) => ({ day: day.day, channel, net })));
    expect(shown.sort((a, b) => (a.day + a.channel).localeCompare(b.day + b.channel))).toEqual(expected.filter((row) => row.net !== 0));
    expect(sales.daily.map((day) => day.day)).toEqual(bounds.days);
  });

  it('has orders by status (placed in the period) equal to SQL', async () => {
    const rows = await prisma.$queryRaw<{ status: string; count: number }[]>`
      SELECT status::text, count(*)::int AS count FROM orders
       WHERE (placed_at AT TIME ZONE 'Europe/Helsinki')::date BETWEEN ${first}::date AND ${last}::date GROUP BY status`;
    const shown = dashboards.get(period)!.ordersByStatus.filter((row) => row.count > 0);
    expect(Object.fromEntries(shown.map((row) => [row.status, row.count]))).toEqual(Object.fromEntries(rows.map((row) => [row.status, row.count])));
  });

  it('has returns (registered, awaiting goods, refunded) equal to SQL', async () => {
    const [row] = await prisma.$queryRaw<{ count: number; awaiting: number; refunded: number }[]>`
      SELECT (SELECT count(*) FROM returns WHERE status <> 'CANCELLED' AND (created_at AT TIME ZONE 'Europe/Helsinki')::date BETWEEN ${first}::date AND ${last}::date)::int AS count,
             (SELECT count(*) FROM returns WHERE status = 'REQUESTED' AND (created_at AT TIME ZONE 'Europe/Helsinki')::date BETWEEN ${first}::date AND ${last}::date)::int AS awaiting,
             (SELECT COALESCE(sum(amount_cents), 0) FROM refunds WHERE return_id IS NOT NULL AND status = 'SUCCEEDED'
                AND (created_at AT TIME ZONE 'Europe/Helsinki')::date BETWEEN ${first}::date AND ${last}::date)::int AS refunded`;
    expect(dashboards.get(period)!.returns).toEqual({ count: row.count, awaiting: row.awaiting, refundedCents: row.refunded });
  });

  it('has top products (units and revenue of lines not cancelled, orders paid in the period) equal to SQL', async () => {
    const rows = await prisma.$queryRaw<{ productId: string; units: number; revenue: number }[]>`
      SELECT l.product_id AS "productId", sum(l.quantity)::int AS units, sum(l.line_total_cents)::int AS revenue
        FROM order_lines l JOIN orders o ON o.id = l.order_id
       WHERE l.cancelled_at IS NULL AND (o.paid_at AT TIME ZONE 'Europe/Helsinki')::date BETWEEN ${first}::date AND ${last}::date
       GROUP BY l.product_id ORDER BY revenue DESC`;
    expect(dashboards.get(period)!.topProducts.map((p) => ({ productId: p.productId, units: p.units, revenue: p.revenueCents }))).toEqual(rows);
  });
});

describe('the figures a shopkeeper would check by hand', () => {
  const channel = (period: DashboardPeriod, name: string) => dashboards.get(period)!.sales.channels.find((c) => c.channel === name)!;

  it('counts the last 7 days: midnight edges, the counter payment, refunds of old orders, cancelled and twice-paid orders', () => {
    // 5000 + 300 (00:00 on the 14th) + 2000 (cancelled) + 1000 + 2000 (both sides of today's midnight) + 2 x 1000 (paid twice).
    expect(channel('7d', 'webDelivery')).toEqual({ channel: 'webDelivery', orders: 6, grossCents: 12300, refundCents: 3000, netCents: 9300 });
    // 1000 at the counter (the cancelled 20,00 line never paid) + 300 + 1000 + 600; the old order's return refund 2000.
    expect(channel('7d', 'clickCollect')).toEqual({ channel: 'clickCollect', orders: 4, grossCents: 2900, refundCents: 2000, netCents: 900 });
    expect(channel('7d', 'store')).toEqual({ channel: 'store', orders: 1, grossCents: 300, refundCents: 0, netCents: 300 });
  });

  it('counts today from Helsinki midnight, and 30 days from midnight in summer time', () => {
    expect(channel('today', 'webDelivery').grossCents).toBe(2000);
    expect(channel('today', 'clickCollect').grossCents).toBe(300);
    expect(channel('today', 'store').grossCents).toBe(300);
    // The 7 days plus 23:59:59 on the 13th (2000) and 00:30 on 22 October (300), not 23:59 on 21 October.
    expect(channel('30d', 'webDelivery').grossCents).toBe(12300 + 2000 + 300);
  });

  it('lists pickups waiting per store now, with the overdue one apart', () => {
    const pickups = dashboards.get('7d')!.pickups.filter((p) => p.storeId === storeA.id || p.storeId === storeB.id);
    expect(pickups).toEqual([
      { storeId: storeA.id, storeName: storeA.name, toPick: 1, picking: 0, ready: 1, overdue: 1, waiting: 3 },
      { storeId: storeB.id, storeName: storeB.name, toPick: 0, picking: 1, ready: 0, overdue: 0, waiting: 1 },
    ]);
  });

  it('lists low stock per store by what can be sold (on hand minus held), active products only', () => {
    const low = dashboards.get('7d')!.lowStock.map((store) => ({ store: store.storeId, items: store.items.map((i) => [i.sku, i.available]), total: store.total }));
    expect(low).toEqual([
      { store: storeA.id, items: [[p1.variants[0].sku, 2], [p3.variants[0].sku, 2]], total: 2 },
      { store: storeB.id, items: [[p2.variants[0].sku, 3]], total: 1 },
    ]);
  });

  it('lists upcoming events with their confirmed and waiting seats, not past or cancelled ones', () => {
    expect(dashboards.get('7d')!.events.map((e) => ({ title: e.title, confirmed: e.confirmedSeats, waitlist: e.waitlistSeats, capacity: e.capacity }))).toEqual([
      { title: 'Kahvikurssi', confirmed: 3, waitlist: 1, capacity: 20 },
    ]);
  });

  it('ranks top products by revenue in the week', () => {
    expect(dashboards.get('7d')!.topProducts.map((p) => [p.name, p.units, p.revenueCents])).toEqual([
      ['Kahvi', 9, 9000],
      ['Muki', 2, 4000],
      ['Suodatin', 5, 1500],
    ]);
  });

  it('shows no content sales when nothing was added to a cart from content', () => {
    expect(dashboards.get('7d')!.contentSales).toEqual([]);
  });
});
