import 'server-only';
import { prisma } from '@/lib/db';
import type { OrderStatus } from '@/lib/generated/prisma/enums';
import type { PeriodBounds } from './period-bounds';

export const ORDER_STATUSES: OrderStatus[] = ['PENDING_PAYMENT', 'PAID', 'PAY_AT_PICKUP', 'FULFILLED', 'CANCELLED', 'EXPIRED'];

export type OrdersByStatus = { status: OrderStatus; count: number }[];

/** Orders PLACED in the period, by their status now (every status listed, zero included). */
export async function getOrdersByStatus(bounds: PeriodBounds): Promise<OrdersByStatus> {
  const rows = await prisma.$queryRaw<{ status: OrderStatus; count: number }[]>`
    SELECT status::text AS status, count(*)::int AS count
      FROM orders
     WHERE placed_at >= ${bounds.start}::timestamptz AND placed_at < ${bounds.end}::timestamptz
     GROUP BY status`;
  const counts = new Map(rows.map((row) => [row.status, row.count]));
  return ORDER_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}
