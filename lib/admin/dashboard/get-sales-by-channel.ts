import 'server-only';
import { prisma } from '@/lib/db';
import type { PeriodBounds } from './period-bounds';
import { SALES_CHANNELS, salesChannelSql, type SalesChannel } from './sales-channel';

// What the sales figures mean (one definition for the page, the chart and the CSV):
// - gross: the money taken for orders PAID in the period: the SUCCEEDED payments of every order
//   whose paidAt falls in the period, counted on that Helsinki day. A pay-at-pickup order counts
//   when it is paid at the counter (paidAt is set at the hand-over); an order never paid (expired,
//   cancelled before payment) never counts. Payments rather than order totals, because a
//   pay-at-pickup order whose missing line was cancelled is paid less than its total, and an order
//   paid twice took the money twice (its refund is then deducted below).
// - refunds: SUCCEEDED refunds CREATED in the period, on their own day and in their order's
//   channel, whenever the order was paid (a refund today of last month's order lowers today).
// - net = gross - refunds. Counts are orders paid in the period.

export type ChannelSales = { channel: SalesChannel; orders: number; grossCents: number; refundCents: number; netCents: number };
export type DailySales = { day: string; netCents: Record<SalesChannel, number>; totalNetCents: number };
export type SalesByChannel = { channels: ChannelSales[]; total: Omit<ChannelSales, 'channel'>; daily: DailySales[] };

type Row = { day: string; channel: SalesChannel; orders: number; gross: bigint; refunds: bigint };

export async function getSalesByChannel(bounds: PeriodBounds): Promise<SalesByChannel> {
  const { start, end } = bounds;
  const rows = await prisma.$queryRaw<Row[]>`
    WITH paid AS (
      SELECT to_char(o.paid_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD') AS day, ${salesChannelSql} AS channel,
             count(*)::int AS orders,
             COALESCE(sum((SELECT sum(p.amount_cents) FROM payments p WHERE p.order_id = o.id AND p.status = 'SUCCEEDED')), 0)::bigint AS gross
        FROM orders o
       WHERE o.paid_at >= ${start}::timestamptz AND o.paid_at < ${end}::timestamptz
       GROUP BY 1, 2
    ), refunded AS (
      SELECT to_char(r.created_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD') AS day, ${salesChannelSql} AS channel,
             sum(r.amount_cents)::bigint AS refunds
        FROM refunds r JOIN orders o ON o.id = r.order_id
       WHERE r.status = 'SUCCEEDED' AND r.created_at >= ${start}::timestamptz AND r.created_at < ${end}::timestamptz
       GROUP BY 1, 2
    )
    SELECT COALESCE(paid.day, refunded.day) AS day, COALESCE(paid.channel, refunded.channel) AS channel,
           COALESCE(paid.orders, 0)::int AS orders, COALESCE(paid.gross, 0)::bigint AS gross, COALESCE(refunded.refunds, 0)::bigint AS refunds
      FROM paid FULL JOIN refunded ON refunded.day = paid.day AND refunded.channel = paid.channel`;

  const zero = () => ({ orders: 0, grossCents: 0, refundCents: 0, netCents: 0 });
  const byChannel = new Map(SALES_CHANNELS.map((channel) => [channel, { channel, ...zero() }]));
  const byDay = new Map(bounds.days.map((day) => [day, { day, netCents: { webDelivery: 0, clickCollect: 0, store: 0 }, totalNetCents: 0 }]));
  for (const row of rows) {
    const gross = Number(row.gross);
    const refunds = Number(row.refunds);
    const channel = byChannel.get(row.channel)!;
    channel.orders += row.orders;
    channel.grossCents += gross;
    channel.refundCents += refunds;
    channel.netCents += gross - refunds;
    const day = byDay.get(row.day);
    if (day) {
      day.netCents[row.channel] += gross - refunds;
      day.totalNetCents += gross - refunds;
    }
  }
  const channels = [...byChannel.values()];
  const total = channels.reduce(
    (sum, c) => ({ orders: sum.orders + c.orders, grossCents: sum.grossCents + c.grossCents, refundCents: sum.refundCents + c.refundCents, netCents: sum.netCents + c.netCents }),
    zero(),
  );
  return { channels, total, daily: [...byDay.values()] };
}
