import 'server-only';
import { prisma } from '@/lib/db';
import type { PeriodBounds } from './period-bounds';

export type ContentSalesRow = {
  contentId: string;
  title: string;
  type: 'STORY' | 'GUIDE' | 'EVENT' | 'PAGE';
  locale: 'fi' | 'en';
  /** Add-to-cart presses on the page in the period, and the units they added. */
  adds: number;
  unitsAdded: number;
  /** Lines added from the page, of orders paid in the period (not cancelled lines). */
  unitsSold: number;
  revenueCents: number;
};

/**
 * Content that sells: the ten stories, guides and event pages (each language version on its own)
 * that brought the most sales in the period, with their add-to-cart presses. A sale counts for
 * the page its line was added from (the cart line keeps it, the order line copies it).
 */
export async function getContentSales(bounds: PeriodBounds): Promise<ContentSalesRow[]> {
  const rows = await prisma.$queryRaw<
    { contentId: string; title: string; type: ContentSalesRow['type']; locale: 'fi' | 'en'; adds: bigint; unitsAdded: bigint; unitsSold: bigint; revenue: bigint }[]
  >`
    WITH adds AS (
      SELECT content_id, count(*) AS adds, sum(quantity) AS units
        FROM content_cart_adds
       WHERE created_at >= ${bounds.start}::timestamptz AND created_at < ${bounds.end}::timestamptz
       GROUP BY content_id
    ), sales AS (
      SELECT l.content_id, sum(l.quantity) AS units, sum(l.line_total_cents) AS revenue
        FROM orders o
        JOIN order_lines l ON l.order_id = o.id AND l.cancelled_at IS NULL AND l.content_id IS NOT NULL
       WHERE o.paid_at >= ${bounds.start}::timestamptz AND o.paid_at < ${bounds.end}::timestamptz
       GROUP BY l.content_id
    )
    SELECT c.id AS "contentId", c.title, c.type::text AS type, c.locale::text AS locale,
           COALESCE(a.adds, 0)::bigint AS adds, COALESCE(a.units, 0)::bigint AS "unitsAdded",
           COALESCE(s.units, 0)::bigint AS "unitsSold", COALESCE(s.revenue, 0)::bigint AS revenue
      FROM contents c
      LEFT JOIN adds a ON a.content_id = c.id
      LEFT JOIN sales s ON s.content_id = c.id
     WHERE a.content_id IS NOT NULL OR s.content_id IS NOT NULL
     ORDER BY revenue DESC, adds DESC, c.title
     LIMIT 10`;
  return rows.map((row) => ({
    contentId: row.contentId,
    title: row.title,
    type: row.type,
    locale: row.locale,
    adds: Number(row.adds),
    unitsAdded: Number(row.unitsAdded),
    unitsSold: Number(row.unitsSold),
    revenueCents: Number(row.revenue),
  }));
}
