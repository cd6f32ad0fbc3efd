// The order history seed for benchmarks: N realistic orders over a year, consistent with each
// other (totals, payments, refunds, pickups, returns), stock untouched, and the back office's
// order list pages through them.
import '../support/test-database';
import { beforeAll, describe, expect, it } from 'vitest';
import { listAdminOrders } from '@/lib/admin/orders/list-admin-orders';
import { readOrderListQuery } from '@/lib/admin/orders/order-list-query';
import { prisma } from '@/lib/db';
import { seedDemoShop } from '@/prisma/seed';
import { scaleOrders } from '@/prisma/seed/scale-orders';

const N = 600;
const NOW = new Date('2026-11-20T10:00:00Z');
let stockBefore: unknown[];
let result: Awaited<ReturnType<typeof scaleOrders>>;

const stockSnapshot = () => prisma.$queryRaw<unknown[]>`SELECT variant_id, store_id, on_hand, reserved FROM stock_levels ORDER BY 1, 2`;
const one = async <T>(query: Promise<T[]>) => (await query)[0];

beforeAll(async () => {
  await seedDemoShop(prisma, { demoPasswords: false });
  stockBefore = await stockSnapshot();
  result = await scaleOrders(prisma, N, { now: NOW });
}, 120_000);

describe('scaleOrders', () => {
  it('adds N orders, and nothing more when run again to the same total', async () => {
    expect(result.added).toBe(N);
    expect(await prisma.order.count()).toBe(N);
    expect((await scaleOrders(prisma, N, { now: NOW })).added).toBe(0);
    expect((await scaleOrders(prisma, N + 10, { now: NOW })).added).toBe(10);
    expect(await prisma.order.count()).toBe(N + 10);
  });

  it('leaves stock levels and movements alone, and holds no stock', async () => {
    expect(await stockSnapshot()).toEqual(stockBefore);
    expect(await prisma.reservation.count()).toBe(0);
    expect(await prisma.stockMovement.count({ where: { orderId: { not: null } } })).toBe(0);
  });

  it('mixes channels, fulfilments and statuses over a year, some orders by registered customers', async () => {
    const mix = await one(prisma.$queryRaw<{ channels: number; fulfilments: number; statuses: string[]; days: number; customers: number; first: Date; last: Date }[]>`
      SELECT count(DISTINCT channel)::int AS channels, count(DISTINCT fulfilment)::int AS fulfilments,
             array_agg(DISTINCT status::text ORDER BY status::text) AS statuses,
             count(DISTINCT (placed_at AT TIME ZONE 'Europe/Helsinki')::date)::int AS days,
             count(customer_id)::int AS customers, min(placed_at) AS first, max(placed_at) AS last
        FROM orders`);
    expect(mix.channels).toBe(2);
    expect(mix.fulfilments).toBe(3);
    expect(mix.statuses).toEqual(expect.arrayContaining(['CANCELLED', 'EXPIRED', 'FULFILLED', 'PAID']));
    expect(mix.days).toBeGreaterThan(250);
    expect(mix.customers / N).toBeGreaterThan(0.25);
    expect(mix.customers / N).toBeLessThan(0.55);
    expect(mix.last.getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(NOW.getTime() - mix.first.getTime()).toBeLessThanOrEqual(366 * 86_400_000);
  });

  it('gives every order lines of existing variants, and totals that add up', async () => {
    const bad = await one(prisma.$queryRaw<{ without_lines: number; bad_totals: number; dangling: number }[]>`
      SELECT (SELECT count(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id))::int AS without_lines,
             (SELECT count(*) FROM orders o
               WHERE o.total_cents <> o.subtotal_cents + o.shipping_cents
                  OR o.subtotal_cents <> (SELECT sum(line_total_cents) FROM order_lines l WHERE l.order_id = o.id))::int AS bad_totals,
             (SELECT count(*) FROM order_lines l LEFT JOIN product_variants v ON v.id = l.variant_id
               WHERE v.id IS NULL OR v.sku <> l.sku OR l.line_total_cents <> l.quantity * l.unit_price_cents)::int AS dangling`);
    expect(bad).toEqual({ without_lines: 0, bad_totals: 0, dangling: 0 });
  });

  it('has payments where money came in, and never refunds more than was paid', async () => {
    const money = await one(prisma.$queryRaw<{ paid_without_payment: number; unpaid_with_payment: number; overrefunded: number; refunds: number; returns: number }[]>`
      SELECT (SELECT count(*) FROM orders o WHERE o.paid_at IS NOT NULL
                AND (SELECT COALESCE(sum(amount_cents), 0) FROM payments p WHERE p.order_id = o.id AND p.status = 'SUCCEEDED') <> o.total_cents)::int AS paid_without_payment,
             (SELECT count(*) FROM orders o WHERE o.paid_at IS NULL
                AND EXISTS (SELECT 1 FROM payments p WHERE p.order_id = o.id AND p.status = 'SUCCEEDED'))::int AS unpaid_with_payment,
             (SELECT count(*) FROM payments p
               WHERE (SELECT COALESCE(sum(amount_cents), 0) FROM refunds r WHERE r.payment_id = p.id) > p.amount_cents)::int AS overrefunded,
             (SELECT count(*) FROM refunds)::int AS refunds,
             (SELECT count(*) FROM returns)::int AS returns`);
    expect(money).toMatchObject({ paid_without_payment: 0, unpaid_with_payment: 0, overrefunded: 0 });
    expect(money.returns).toBeGreaterThan(0);
    expect(money.refunds).toBeGreaterThan(money.returns);
  });

  it('gives web pickups a pickup in their store, picked up when the order was fulfilled', async () => {
    const pickups = await one(prisma.$queryRaw<{ missing: number; wrong: number }[]>`
      SELECT (SELECT count(*) FROM orders o WHERE o.channel = 'WEB' AND o.fulfilment = 'PICKUP' AND NOT EXISTS (SELECT 1 FROM pickups k WHERE k.order_id = o.id))::int AS missing,
             (SELECT count(*) FROM pickups k JOIN orders o ON o.id = k.order_id
               WHERE k.store_id <> o.pickup_store_id OR (o.status = 'FULFILLED') <> (k.status = 'PICKED_UP'))::int AS wrong`);
    expect(pickups).toEqual({ missing: 0, wrong: 0 });
  });

  it('can be paged through in the back office order list, newest first', async () => {
    const first = await listAdminOrders(readOrderListQuery({}));
    expect(first.total).toBe(N + 10);
    const seen = new Set<string>();
    for (let page = 1; page <= first.pageCount; page += 1) {
      const { items } = await listAdminOrders(readOrderListQuery({ page: String(page) }));
      for (const item of items) seen.add(item.id);
    }
    expect(seen.size).toBe(N + 10);
    const pickups = await listAdminOrders(readOrderListQuery({ fulfilment: 'PICKUP', status: 'FULFILLED' }));
    expect(pickups.total).toBeGreaterThan(0);
  });
});
