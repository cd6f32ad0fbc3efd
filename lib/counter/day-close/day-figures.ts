import 'server-only';
import type { Tx } from '@/lib/inventory/tx';

// What a store's counter took and gave back on one business day (Helsinki date): payments made
// at this counter (counter sales and pickups paid here), refunds given here (returns received
// here, or cancellations of orders picked up here), and the goods behind them by VAT rate.

export type CounterMethod = 'CASH' | 'CARD_TERMINAL';
export type ByMethod = Record<CounterMethod, number>;
export type VatLine = { rateBp: number; grossCents: number };

export type DayFigures = {
  date: string;
  payments: ByMethod;
  refunds: ByMethod;
  /** Payments minus refunds: what the drawer and the terminal should show. */
  expected: ByMethod;
  sales: { count: number; byVat: VatLine[] };
  returns: { count: number; byVat: VatLine[] };
};

const none = (): ByMethod => ({ CASH: 0, CARD_TERMINAL: 0 });

export async function loadDayFigures(db: Tx, storeId: string, date: string): Promise<DayFigures> {
  const [payments, refunds, sales, returns, [counts]] = await Promise.all([
    db.$queryRaw<{ provider: CounterMethod; cents: number }[]>`
      SELECT p.provider, sum(p.amount_cents)::int AS cents
        FROM payments p JOIN orders o ON o.id = p.order_id
       WHERE p.provider IN ('CASH', 'CARD_TERMINAL') AND p.status = 'SUCCEEDED'
         AND o.pickup_store_id = ${storeId}::uuid
         AND (p.created_at AT TIME ZONE 'Europe/Helsinki')::date = ${date}::date
       GROUP BY p.provider`,
    db.$queryRaw<{ provider: CounterMethod; cents: number }[]>`
      SELECT pay.provider, sum(r.amount_cents)::int AS cents
        FROM refunds r
        JOIN payments pay ON pay.id = r.payment_id
        JOIN orders o ON o.id = r.order_id
        LEFT JOIN returns ret ON ret.id = r.return_id
       WHERE pay.provider IN ('CASH', 'CARD_TERMINAL') AND r.status = 'SUCCEEDED'
         AND coalesce(ret.store_id, o.pickup_store_id) = ${storeId}::uuid
         AND (r.created_at AT TIME ZONE 'Europe/Helsinki')::date = ${date}::date
       GROUP BY pay.provider`,
    db.$queryRaw<{ rate_bp: number; gross: number }[]>`
      SELECT ol.vat_rate_bp AS rate_bp, sum(ol.line_total_cents)::int AS gross
        FROM order_lines ol
       WHERE ol.cancelled_at IS NULL
         AND ol.order_id IN (
           SELECT p.order_id FROM payments p JOIN orders o ON o.id = p.order_id
            WHERE p.provider IN ('CASH', 'CARD_TERMINAL') AND p.status = 'SUCCEEDED'
              AND o.pickup_store_id = ${storeId}::uuid
              AND (p.created_at AT TIME ZONE 'Europe/Helsinki')::date = ${date}::date)
       GROUP BY ol.vat_rate_bp ORDER BY ol.vat_rate_bp DESC`,
    db.$queryRaw<{ rate_bp: number; gross: number }[]>`
      SELECT ol.vat_rate_bp AS rate_bp, sum(rl.quantity * ol.unit_price_cents)::int AS gross
        FROM return_lines rl
        JOIN returns ret ON ret.id = rl.return_id
        JOIN order_lines ol ON ol.id = rl.order_line_id
       WHERE ret.store_id = ${storeId}::uuid AND ret.status IN ('RECEIVED', 'REFUNDED')
         AND (ret.received_at AT TIME ZONE 'Europe/Helsinki')::date = ${date}::date
       GROUP BY ol.vat_rate_bp ORDER BY ol.vat_rate_bp DESC`,
    db.$queryRaw<{ sales: number; returns: number }[]>`
      SELECT (SELECT count(DISTINCT p.order_id) FROM payments p JOIN orders o ON o.id = p.order_id
               WHERE p.provider IN ('CASH', 'CARD_TERMINAL') AND p.status = 'SUCCEEDED'
                 AND o.pickup_store_id = ${storeId}::uuid
                 AND (p.created_at AT TIME ZONE 'Europe/Helsinki')::date = ${date}::date)::int AS sales,
             (SELECT count(*) FROM returns ret
               WHERE ret.store_id = ${storeId}::uuid AND ret.status IN ('RECEIVED', 'REFUNDED')
                 AND (ret.received_at AT TIME ZONE 'Europe/Helsinki')::date = ${date}::date)::int AS returns`,
  ]);
  const paid = none();
  for (const row of payments) paid[row.provider] = row.cents;
  const refunded = none();
  for (const row of refunds) refunded[row.provider] = row.cents;
  return {
    date,
    payments: paid,
    refunds: refunded,
    expected: { CASH: paid.CASH - refunded.CASH, CARD_TERMINAL: paid.CARD_TERMINAL - refunded.CARD_TERMINAL },
    sales: { count: counts.sales, byVat: sales.map((row) => ({ rateBp: row.rate_bp, grossCents: row.gross })) },
    returns: { count: counts.returns, byVat: returns.map((row) => ({ rateBp: row.rate_bp, grossCents: row.gross })) },
  };
}
