// Order history for benchmarks (`npm run db:seed -- --scale-orders 100000`): `total` orders
// spread over the past 365 days, generated in bulk with SQL (generate_series), so that 100,000
// take seconds. A mix like a real shop's: click & collect (some paid at the counter), home
// delivery and parcel lockers, a few in-store sales; most fulfilled, some still open, expired or
// cancelled; lines of existing variants (popular products sell more), payments, some cancelled
// orders refunded, some returns refunded; about 40 % by registered customers (created here).
// Stock levels are not touched: these orders are history, their stock left long ago.
//
// Every row's id comes from the order's index (md5('scale-order-' || i)), so a second run to
// the same total adds nothing, and a larger total adds only the missing orders.
import type { Db } from '../../lib/db';
import { Prisma } from '../../lib/generated/prisma/client';

export const SCALE_EMAIL_DOMAIN = 'scale.example';
const DAYS = 365;

const FIRST_NAMES = ['Aino', 'Eino', 'Helmi', 'Väinö', 'Sofia', 'Leo', 'Olivia', 'Onni', 'Ella', 'Elias', 'Lilja', 'Toivo', 'Pihla', 'Oliver', 'Venla', 'Aleksi'];
const LAST_NAMES = ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Saarinen'];
const CITIES = ['Jyväskylä', 'Tampere', 'Helsinki', 'Turku', 'Oulu', 'Kuopio', 'Lahti', 'Pori'];

/** A pseudo-random whole number 0 ... 2^31-1 from the row index `i` (or `expr`) and a salt. */
function rand(salt: string, expr = 'i'): Prisma.Sql {
  return Prisma.raw(`(hashtext(${expr}::text || ':${salt}') & 2147483647)`);
}

export type ScaleOrdersResult = { added: number; customers: number };

/** `onStep` hears each step as it finishes, with its time in milliseconds (the CLI prints them). */
export async function scaleOrders(db: Db, total: number, options: { now?: Date; onStep?: (step: string, ms: number) => void } = {}): Promise<ScaleOrdersResult> {
  const now = options.now ?? new Date();
  const existing = await db.order.count({ where: { email: { endsWith: `@${SCALE_EMAIL_DOMAIN}` } } });
  const missing = total - existing;
  if (missing <= 0) return { added: 0, customers: 0 };
  const stores = await db.store.findMany({ where: { kind: 'STORE' }, orderBy: [{ position: 'asc' }, { slug: 'asc' }], select: { id: true } });
  const variants = await db.productVariant.count({ where: { active: true, product: { status: 'ACTIVE' } } });
  if (stores.length === 0 || variants === 0) throw new Error('Seed the demo shop first: scaled orders need stores and products.');

  const range = { from: existing + 1, to: total, now, storeIds: stores.map((store) => store.id), customers: Math.max(10, Math.ceil(total / 25)) };
  const steps: [string, (tx: Tx) => Promise<unknown>][] = [
    ['customers', (tx) => insertCustomers(tx, range.customers, now)],
    ['lines planned', (tx) => planLines(tx, range)],
    ['orders', (tx) => insertOrders(tx, range)],
    ['order lines', (tx) => insertLines(tx)],
    ['payments', (tx) => insertPayments(tx, range)],
    ['pickups', (tx) => insertPickups(tx, range)],
    ['refunds of cancelled orders', (tx) => refundCancelledOrders(tx, range)],
    ['returns', (tx) => insertReturns(tx, range)],
    ['order timelines', (tx) => insertEvents(tx, range)],
    // Fresh planner statistics, so the back office's queries plan for the new size at once.
    ['statistics', (tx) => tx.$executeRaw`ANALYZE users, orders, order_lines, payments, refunds, pickups, returns, return_lines, order_events`],
  ];
  return db.$transaction(
    async (tx) => {
      let customers = 0;
      for (const [name, step] of steps) {
        const started = performance.now();
        const result = await step(tx);
        if (name === 'customers') customers = Number(result);
        options.onStep?.(name, performance.now() - started);
      }
      return { added: missing, customers };
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
}

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
type Range = { from: number; to: number; now: Date; storeIds: string[]; customers: number };

/** The ids of the orders being added, as a subquery with their index `i`. */
function newOrders(range: Range): Prisma.Sql {
  return Prisma.sql`(SELECT i, md5('scale-order-' || i)::uuid AS id FROM generate_series(${range.from}::int, ${range.to}::int) AS i)`;
}

async function insertCustomers(tx: Tx, count: number, now: Date): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO users (id, email, name, role, locale, created_at, updated_at)
    SELECT md5('scale-customer-' || k)::uuid, 'asiakas-' || k || '@' || ${SCALE_EMAIL_DOMAIN},
           (${FIRST_NAMES}::text[])[1 + ${rand('first', 'k')} % ${FIRST_NAMES.length}] || ' ' || (${LAST_NAMES}::text[])[1 + ${rand('last', 'k')} % ${LAST_NAMES.length}],
           'CUSTOMER', CASE WHEN ${rand('locale', 'k')} % 100 < 85 THEN 'fi' ELSE 'en' END::"Locale",
           ${now}::timestamptz - make_interval(days => 30 + ${rand('joined', 'k')} % 400), ${now}::timestamptz
      FROM generate_series(1, ${count}::int) AS k
    ON CONFLICT (email) DO NOTHING`;
}

// Each order's fate, decided from its index:
// store (8 %): an in-store sale, paid and handed over at once;
// expired (4 %) and cancelled_unpaid (2 %): a card payment never completed;
// cancelled_paid (1 %): paid by card, then cancelled and refunded in full;
// counter: click & collect paid at the counter when picked up (about 30 % of pickups);
// card: paid by card within minutes; fulfilled a few hours (pickup) or days (delivery) later,
// unless that is still in the future (then PAID and, for a pickup, in the store's queue).
async function insertOrders(tx: Tx, range: Range): Promise<void> {
  const { now } = range;
  await tx.$executeRaw`
    WITH base AS (
      SELECT i, ${rand('day')} % ${DAYS} AS age_days, ${rand('minute')} % 900 AS minute_of_day, ${rand('channel')} % 100 AS chan,
             ${rand('fate')} % 100 AS fate, ${rand('customer')} % 100 AS cust, ${rand('who')} AS who, ${rand('pay')} % 100 AS pay,
             ${rand('lag')} % 1000 AS lag
        FROM generate_series(${range.from}::int, ${range.to}::int) AS i
    ), timed AS (
      SELECT b.*,
             LEAST((date_trunc('day', ${now}::timestamptz AT TIME ZONE 'Europe/Helsinki') - make_interval(days => b.age_days)
                    + make_interval(mins => 420 + b.minute_of_day)) AT TIME ZONE 'Europe/Helsinki',
                   ${now}::timestamptz - make_interval(mins => 1 + b.lag % 90)) AS placed_at,
             CASE WHEN b.chan < 8 THEN 'STORE' ELSE 'WEB' END AS channel,
             CASE WHEN b.chan < 50 THEN 'PICKUP' WHEN b.chan < 82 THEN 'DELIVERY' ELSE 'PARCEL_LOCKER' END AS fulfilment
        FROM base b
    ), decided AS (
      SELECT t.*,
             CASE WHEN t.channel = 'STORE' THEN 'store'
                  WHEN t.fate < 4 THEN 'expired'
                  WHEN t.fate < 6 THEN 'cancelled_unpaid'
                  WHEN t.fate < 7 THEN 'cancelled_paid'
                  WHEN t.fulfilment = 'PICKUP' AND t.pay < 30 AND t.placed_at + make_interval(hours => 2 + t.lag % 70) <= ${now}::timestamptz THEN 'counter'
                  ELSE 'card' END AS outcome
        FROM timed t
    ), dated AS (
      SELECT d.*,
             CASE d.outcome
               WHEN 'store' THEN d.placed_at
               WHEN 'counter' THEN d.placed_at + make_interval(hours => 2 + d.lag % 70)
               WHEN 'card' THEN d.placed_at + make_interval(secs => 30 + d.lag % 300)
               WHEN 'cancelled_paid' THEN d.placed_at + make_interval(secs => 30 + d.lag % 300)
             END AS paid_at,
             CASE d.outcome
               WHEN 'store' THEN d.placed_at
               WHEN 'counter' THEN d.placed_at + make_interval(hours => 2 + d.lag % 70)
               WHEN 'card' THEN d.placed_at + make_interval(hours => CASE WHEN d.fulfilment = 'PICKUP' THEN 3 + d.lag % 60 ELSE 20 + d.lag % 50 END)
             END AS planned_fulfilment
        FROM decided d
    ), final AS (
      SELECT x.*, CASE WHEN x.planned_fulfilment <= ${now}::timestamptz THEN x.planned_fulfilment END AS fulfilled_at,
             CASE WHEN x.outcome LIKE 'cancelled%' THEN LEAST(COALESCE(x.paid_at, x.placed_at) + interval '40 minutes', ${now}::timestamptz) END AS cancelled_at,
             (${CITIES}::text[])[1 + x.who % ${CITIES.length}] AS city
        FROM dated x
    ), sums AS (
      SELECT i, sum(line_total_cents)::int AS subtotal, sum(vat_cents)::int AS vat FROM scale_lines GROUP BY i
    ), priced AS (
      -- Shipping as the shop's settings price it (delivery 6,90 €, parcel locker 4,90 €, free from 60 €), with 25.5 % VAT.
      SELECT s.*, CASE WHEN s.subtotal >= 6000 THEN 0 WHEN f.fulfilment = 'DELIVERY' THEN 690 WHEN f.fulfilment = 'PARCEL_LOCKER' THEN 490 ELSE 0 END AS shipping
        FROM sums s JOIN final f ON f.i = s.i
    )
    INSERT INTO orders (id, channel, fulfilment, status, customer_id, email, name, phone, locale, pickup_store_id,
                        shipping_street, shipping_postal_code, shipping_city, shipping_country, parcel_locker_id, parcel_locker_name,
                        subtotal_cents, shipping_cents, vat_cents, total_cents, placed_at, paid_at, fulfilled_at, cancelled_at, updated_at)
    SELECT md5('scale-order-' || f.i)::uuid, f.channel::"OrderChannel", f.fulfilment::"FulfilmentType",
           (CASE WHEN f.outcome = 'expired' THEN 'EXPIRED' WHEN f.outcome LIKE 'cancelled%' THEN 'CANCELLED'
                 WHEN f.fulfilled_at IS NOT NULL THEN 'FULFILLED' ELSE 'PAID' END)::"OrderStatus",
           c.id,
           COALESCE(c.email, 'vieras-' || f.i || '@' || ${SCALE_EMAIL_DOMAIN}),
           COALESCE(c.name, (${FIRST_NAMES}::text[])[1 + f.who % ${FIRST_NAMES.length}] || ' ' || (${LAST_NAMES}::text[])[1 + (f.who / 7) % ${LAST_NAMES.length}]),
           CASE WHEN f.fulfilment = 'PICKUP' AND f.channel = 'WEB' THEN '+35840' || lpad((f.who % 10000000)::text, 7, '0') END,
           COALESCE(c.locale, CASE WHEN f.who % 100 < 85 THEN 'fi' ELSE 'en' END::"Locale"),
           CASE WHEN f.fulfilment = 'PICKUP' THEN (${range.storeIds}::uuid[])[1 + f.who % ${range.storeIds.length}] END,
           CASE WHEN f.fulfilment = 'DELIVERY' THEN 'Kauppakatu ' || (1 + f.who % 80) END,
           CASE WHEN f.fulfilment = 'DELIVERY' THEN lpad((f.who % 99000 + 100)::text, 5, '0') END,
           CASE WHEN f.fulfilment = 'DELIVERY' THEN f.city END,
           CASE WHEN f.fulfilment = 'DELIVERY' THEN 'FI' END,
           CASE WHEN f.fulfilment = 'PARCEL_LOCKER' THEN 'scale-locker-' || (f.who % 50) END,
           CASE WHEN f.fulfilment = 'PARCEL_LOCKER' THEN 'Pakettiautomaatti ' || f.city || ' ' || (1 + f.who % 50) END,
           t.subtotal, t.shipping, t.vat + (2 * t.shipping * 2550 + 12550) / (2 * 12550), t.subtotal + t.shipping,
           f.placed_at, f.paid_at, f.fulfilled_at, f.cancelled_at, COALESCE(f.cancelled_at, f.fulfilled_at, f.paid_at, f.placed_at)
      FROM final f
      JOIN priced t ON t.i = f.i
      LEFT JOIN users c ON f.cust < 40 AND c.id = md5('scale-customer-' || (1 + f.who % ${range.customers}))::uuid
     ORDER BY f.placed_at`;
}

// One to four lines (1: 45 %, 2: 30 %, 3: 15 %, 4: 10 %), each a different variant; a variant's
// chance falls with its place in a fixed order, so some products sell far more than others.
// Planned before the orders (in a temporary table), so that each order is written once with its
// totals instead of being updated afterwards.
async function planLines(tx: Tx, range: Range): Promise<void> {
  await tx.$executeRaw`
    CREATE TEMP TABLE scale_lines (i int, product_id uuid, variant_id uuid, sku text, name text, label text, quantity int,
                                   unit_price_cents int, vat_rate_bp int, line_total_cents int, vat_cents int, final_sale boolean) ON COMMIT DROP`;
  await tx.$executeRaw`
    WITH v AS (
      SELECT (row_number() OVER (ORDER BY p.created_at, v.sku) - 1)::int AS k, v.id, v.product_id, v.sku, v.price_cents, v.vat_rate_bp,
             p.name_fi, p.final_sale, NULLIF(concat_ws(' / ', v.size, v.colour), '') AS label
        FROM product_variants v JOIN products p ON p.id = v.product_id
       WHERE p.status = 'ACTIVE' AND v.active
    ), n AS (SELECT count(*)::int AS total FROM v),
    picks AS (
      SELECT DISTINCT ON (o.i, pick.k) o.i, pick.k, pick.qty
        FROM ${newOrders(range)} o
        CROSS JOIN n
        CROSS JOIN LATERAL generate_series(1, CASE WHEN ${rand('lines', 'o.i')} % 100 < 45 THEN 1 WHEN ${rand('lines', 'o.i')} % 100 < 75 THEN 2
                                                   WHEN ${rand('lines', 'o.i')} % 100 < 90 THEN 3 ELSE 4 END) AS j
        CROSS JOIN LATERAL (
          SELECT floor(n.total * power((${rand('variant', "o.i || '-' || j")} % 1000000) / 1000000.0, 2))::int AS k,
                 CASE WHEN ${rand('qty', "o.i || '-' || j")} % 100 < 75 THEN 1 WHEN ${rand('qty', "o.i || '-' || j")} % 100 < 95 THEN 2 ELSE 3 END AS qty
        ) pick
    )
    INSERT INTO scale_lines
    SELECT picks.i, v.product_id, v.id, v.sku, v.name_fi, v.label, picks.qty, v.price_cents, v.vat_rate_bp,
           picks.qty * v.price_cents,
           ((2::bigint * picks.qty * v.price_cents * v.vat_rate_bp + (10000 + v.vat_rate_bp)) / (2 * (10000 + v.vat_rate_bp)))::int,
           v.final_sale
      FROM picks JOIN v ON v.k = picks.k`;
}

async function insertLines(tx: Tx): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO order_lines (order_id, product_id, variant_id, sku, name, variant_label, quantity, unit_price_cents, vat_rate_bp,
                             line_total_cents, vat_cents, final_sale)
    SELECT md5('scale-order-' || i)::uuid, product_id, variant_id, sku, name, label, quantity, unit_price_cents, vat_rate_bp,
           line_total_cents, vat_cents, final_sale
      FROM scale_lines ORDER BY i`;
}

// Card orders have a Stripe payment (cancelled when never completed); counter and in-store
// sales a cash or card-terminal payment made when the goods were handed over.
async function insertPayments(tx: Tx, range: Range): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO payments (order_id, provider, provider_ref, amount_cents, status, created_at, updated_at)
    SELECT o.id, x.provider::"PaymentProvider", CASE WHEN x.provider = 'STRIPE' THEN 'pi_scale_' || n.i END, o.total_cents,
           (CASE WHEN o.paid_at IS NOT NULL THEN 'SUCCEEDED' ELSE 'CANCELLED' END)::"PaymentStatus",
           CASE WHEN x.provider = 'STRIPE' THEN o.placed_at ELSE o.paid_at END, COALESCE(o.paid_at, o.cancelled_at, o.placed_at)
      FROM ${newOrders(range)} n
      JOIN orders o ON o.id = n.id
      CROSS JOIN LATERAL (
        SELECT CASE WHEN o.paid_at IS NOT NULL AND o.paid_at = o.fulfilled_at
                    THEN CASE WHEN ${rand('provider', 'n.i')} % 100 < 35 THEN 'CASH' ELSE 'CARD_TERMINAL' END
                    ELSE 'STRIPE' END AS provider
      ) x`;
}

// Web pickups have a pickup in their store: picked up when fulfilled; open ones are waiting
// (to pick in the first hour, picking in the second, then ready with a code and a deadline);
// cancelled and expired orders' pickups are cancelled.
async function insertPickups(tx: Tx, range: Range): Promise<void> {
  const { now } = range;
  await tx.$executeRaw`
    INSERT INTO pickups (order_id, store_id, status, code_hash, ready_at, deadline_at, picked_up_at, cancelled_at, created_at, updated_at)
    SELECT o.id, o.pickup_store_id, x.status::"PickupStatus",
           CASE WHEN x.status = 'READY_FOR_PICKUP' THEN encode(sha256(convert_to('scale-code-' || n.i, 'UTF8')), 'hex') END,
           x.ready_at, x.ready_at + make_interval(days => s.pickup_deadline_days),
           CASE WHEN x.status = 'PICKED_UP' THEN o.fulfilled_at END,
           CASE WHEN x.status = 'CANCELLED' THEN COALESCE(o.cancelled_at, o.placed_at + interval '30 minutes') END,
           o.placed_at, COALESCE(o.fulfilled_at, o.cancelled_at, x.ready_at, o.placed_at)
      FROM ${newOrders(range)} n
      JOIN orders o ON o.id = n.id AND o.channel = 'WEB' AND o.fulfilment = 'PICKUP'
      JOIN stores s ON s.id = o.pickup_store_id
      CROSS JOIN LATERAL (
        SELECT CASE WHEN o.status IN ('CANCELLED', 'EXPIRED') THEN 'CANCELLED'
                    WHEN o.status = 'FULFILLED' THEN 'PICKED_UP'
                    WHEN ${now}::timestamptz - o.paid_at < interval '1 hour' THEN 'PENDING'
                    WHEN ${now}::timestamptz - o.paid_at < interval '2 hours' THEN 'PICKING'
                    ELSE 'READY_FOR_PICKUP' END AS status,
               CASE WHEN o.status = 'FULFILLED' THEN LEAST(o.placed_at + interval '1 hour', o.fulfilled_at - interval '1 minute')
                    WHEN o.status = 'PAID' AND ${now}::timestamptz - o.paid_at >= interval '2 hours' THEN o.paid_at + interval '2 hours' END AS ready_at
      ) x`;
}

async function refundCancelledOrders(tx: Tx, range: Range): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO refunds (payment_id, order_id, amount_cents, reason, status, provider_ref, idempotency_key, created_at, updated_at)
    SELECT p.id, o.id, p.amount_cents, 'order_cancelled', 'SUCCEEDED', 're_scale_' || n.i, 'scale-cancel-' || o.id, o.cancelled_at, o.cancelled_at
      FROM ${newOrders(range)} n
      JOIN orders o ON o.id = n.id AND o.status = 'CANCELLED' AND o.paid_at IS NOT NULL
      JOIN payments p ON p.order_id = o.id AND p.status = 'SUCCEEDED'`;
}

// About 5 % of fulfilled orders send one line back (not a final-sale one) within two weeks; the
// return is received and refunded. No restocking: stock levels stay as they are.
async function insertReturns(tx: Tx, range: Range): Promise<void> {
  const { now } = range;
  await tx.$executeRaw`
    CREATE TEMP TABLE scale_returns (i int, return_id uuid, order_id uuid, line_id uuid, quantity int, refund_cents int, line_count int,
                                     store_id uuid, method text, received_at timestamptz, reason text) ON COMMIT DROP`;
  await tx.$executeRaw`
    INSERT INTO scale_returns
    SELECT DISTINCT ON (o.id) n.i, md5('scale-return-' || n.i)::uuid AS return_id, o.id AS order_id, l.id AS line_id,
           l.quantity, l.quantity * l.unit_price_cents AS refund_cents, count(*) OVER (PARTITION BY o.id) AS line_count,
           COALESCE(o.pickup_store_id, ${range.storeIds[0]}::uuid) AS store_id,
           CASE WHEN o.fulfilment = 'PICKUP' OR ${rand('method', 'n.i')} % 100 < 40 THEN 'STORE' ELSE 'MAIL' END AS method,
           o.fulfilled_at + make_interval(days => 1 + ${rand('return-day', 'n.i')} % 14, hours => ${rand('return-hour', 'n.i')} % 10) AS received_at,
           (ARRAY['WRONG_SIZE', 'NOT_AS_EXPECTED', 'DAMAGED', 'CHANGED_MIND', 'OTHER'])[1 + ${rand('reason', 'n.i')} % 5] AS reason
      FROM ${newOrders(range)} n
      JOIN orders o ON o.id = n.id AND o.status = 'FULFILLED'
      JOIN order_lines l ON l.order_id = o.id AND NOT l.final_sale
     WHERE ${rand('returns', 'n.i')} % 100 < 5
     ORDER BY o.id, l.id`;
  await tx.$executeRaw`DELETE FROM scale_returns WHERE received_at > ${now}::timestamptz`;
  await tx.$executeRaw`
    INSERT INTO returns (id, order_id, status, method, store_id, requested_store_id, reason, refund_total_cents, received_at, created_at, updated_at)
    SELECT r.return_id, r.order_id, 'REFUNDED', r.method::"ReturnMethod", r.store_id, r.store_id, r.reason, r.refund_cents,
           r.received_at, r.received_at - interval '2 days', r.received_at
      FROM scale_returns r ORDER BY r.received_at`;
  await tx.$executeRaw`
    INSERT INTO return_lines (return_id, order_line_id, quantity, condition, restock)
    SELECT r.return_id, r.line_id, r.quantity, 'RESALEABLE', false FROM scale_returns r`;
  await tx.$executeRaw`
    INSERT INTO refunds (payment_id, order_id, return_id, amount_cents, reason, status, provider_ref, idempotency_key, created_at, updated_at)
    SELECT p.id, r.order_id, r.return_id, r.refund_cents, 'return', 'SUCCEEDED',
           CASE WHEN p.provider = 'STRIPE' THEN 're_scale_return_' || r.i END, 'refund-return-' || r.return_id, r.received_at, r.received_at
      FROM scale_returns r JOIN payments p ON p.order_id = r.order_id AND p.status = 'SUCCEEDED'`;
  await tx.$executeRaw`
    UPDATE orders o SET return_status = (CASE WHEN r.line_count = 1 THEN 'RETURNED' ELSE 'PARTIALLY_RETURNED' END)::"OrderReturnStatus"
      FROM scale_returns r WHERE o.id = r.order_id`;
}

// The timeline an order page shows: placed, paid, picked up or fulfilled, cancelled or expired,
// refunded.
async function insertEvents(tx: Tx, range: Range): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO order_events (order_id, type, data, created_at)
    SELECT o.id, e.type, e.data, e.at
      FROM ${newOrders(range)} n
      JOIN orders o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES
        ('placed', '{}'::jsonb, o.placed_at),
        ('paid', '{}'::jsonb, o.paid_at),
        (CASE WHEN o.fulfilment = 'PICKUP' THEN 'picked_up' ELSE 'fulfilled' END, '{}'::jsonb, o.fulfilled_at),
        (CASE WHEN o.status = 'EXPIRED' THEN 'expired' ELSE 'cancelled' END, '{}'::jsonb,
         CASE WHEN o.status = 'EXPIRED' THEN o.placed_at + interval '15 minutes' ELSE o.cancelled_at END)
      ) AS e(type, data, at)
     WHERE e.at IS NOT NULL`;
  await tx.$executeRaw`
    INSERT INTO order_events (order_id, type, data, created_at)
    SELECT r.order_id, 'refunded', jsonb_build_object('refundId', r.id, 'amountCents', r.amount_cents, 'reason', r.reason), r.created_at
      FROM refunds r WHERE r.order_id IN (SELECT id FROM ${newOrders(range)} o)`;
}
