import 'server-only';
import { prisma } from '@/lib/db';
import type { PeriodBounds } from './period-bounds';

export type TopProduct = { productId: string | null; name: string; units: number; revenueCents: number };

/**
 * The ten products that brought in the most in the period: the lines (not cancelled) of orders
 * paid in the period, as the sales figures count them; returns are not deducted here.
 */
export async function getTopProducts(bounds: PeriodBounds, locale: 'fi' | 'en'): Promise<TopProduct[]> {
  const rows = await prisma.$queryRaw<{ productId: string | null; name: string; units: bigint; revenue: bigint }[]>`
    SELECT l.product_id AS "productId",
           COALESCE(min(CASE WHEN ${locale} = 'en' THEN p.name_en ELSE p.name_fi END), min(l.name)) AS name,
           sum(l.quantity)::bigint AS units, sum(l.line_total_cents)::bigint AS revenue
      FROM orders o
      JOIN order_lines l ON l.order_id = o.id AND l.cancelled_at IS NULL
      LEFT JOIN products p ON p.id = l.product_id
     WHERE o.paid_at >= ${bounds.start}::timestamptz AND o.paid_at < ${bounds.end}::timestamptz
     GROUP BY l.product_id, CASE WHEN l.product_id IS NULL THEN l.sku END
     ORDER BY revenue DESC, units DESC, name
     LIMIT 10`;
  return rows.map((row) => ({ productId: row.productId, name: row.name, units: Number(row.units), revenueCents: Number(row.revenue) }));
}
