// The owner's order list at scale: 100,000 orders and 20,000 customers made by SQL. The plans
// use the indexes of the admin_orders_customers migration rather than reading the whole table.
// How fast the lists answer is measured by `npm run bench` (bench/RESULTS.md), not here.
import '../support/test-database';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { createStore } from '../support/factories/stores';

const ORDERS = 100_000;
const CUSTOMERS = 20_000;
let storeId: string;

beforeAll(async () => {
  storeId = (await createStore()).id;
  await prisma.$executeRaw`
    INSERT INTO users (email, name, phone, role, created_at)
    SELECT 'asiakas' || i || '@scale.test', 'Asiakas ' || i, '040 ' || lpad(i::text, 7, '0'), 'CUSTOMER', now() - (i || ' minutes')::interval
      FROM generate_series(1, ${CUSTOMERS}) AS i`;
  await prisma.$executeRaw`
    INSERT INTO orders (customer_id, email, name, status, channel, fulfilment, pickup_store_id, return_status, subtotal_cents, vat_cents, total_cents, placed_at)
    SELECT CASE WHEN i % 3 = 0 THEN u.id END, 'tilaaja' || i || '@scale.test', 'Tilaaja ' || i,
           (ARRAY['PAID','FULFILLED','CANCELLED','PENDING_PAYMENT','PAY_AT_PICKUP','EXPIRED'])[1 + i % 6]::"OrderStatus",
           (ARRAY['WEB','WEB','WEB','STORE','KIOSK'])[1 + i % 5]::"OrderChannel",
           (ARRAY['DELIVERY','PARCEL_LOCKER','PICKUP'])[1 + i % 3]::"FulfilmentType",
           CASE WHEN i % 3 = 2 THEN ${storeId}::uuid END,
           (CASE WHEN i % 50 = 0 THEN 'PARTIALLY_RETURNED' ELSE 'NONE' END)::"OrderReturnStatus",
           1000 + (i * 7919) % 90000, 0, 1000 + (i * 7919) % 90000, now() - (i || ' minutes')::interval
      FROM generate_series(1, ${ORDERS}) AS i
      LEFT JOIN users u ON u.email = 'asiakas' || (1 + i % ${CUSTOMERS}) || '@scale.test'`;
  await prisma.$executeRaw`
    INSERT INTO payments (order_id, provider, amount_cents, status)
    SELECT id, 'STRIPE', total_cents, 'SUCCEEDED' FROM orders WHERE status IN ('PAID', 'FULFILLED')`;
  await prisma.$executeRaw`ANALYZE`;
}, 120_000);

describe('at 100,000 orders', () => {
  // (users are few enough that the planner rightly scans them; the trigram indexes take over as they grow)
  it('uses indexes: no sequential scan of orders for the default list or a search', async () => {
    const plan = async (sql: string) => (await prisma.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql}`)).map((row) => row['QUERY PLAN']).join('\n');
    const newest = await plan(`SELECT id FROM orders ORDER BY placed_at DESC, number DESC LIMIT 50`);
    const search = await plan(`SELECT id FROM orders WHERE email ILIKE '%tilaaja777@%' OR name ILIKE '%tilaaja777@%' ORDER BY placed_at DESC LIMIT 50`);
    for (const text of [newest, search]) expect(text, text).not.toMatch(/Seq Scan on orders/);
  });
});
