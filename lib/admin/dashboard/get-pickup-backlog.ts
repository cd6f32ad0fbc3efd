import 'server-only';
import { prisma } from '@/lib/db';

export type StorePickupBacklog = {
  storeId: string;
  storeName: string;
  /** Paid (or pay-at-pickup) orders not yet picked. */
  toPick: number;
  picking: number;
  /** Ready and within the pickup deadline. */
  ready: number;
  /** Ready, and the deadline has passed. */
  overdue: number;
  waiting: number;
};

/**
 * Pickups waiting in each store with pickup switched on (or with pickups), right now; the same
 * conditions as the store's pickup queue (an order still waiting for its card payment is not the
 * store's work yet).
 */
export async function getPickupBacklog(now: Date): Promise<StorePickupBacklog[]> {
  const rows = await prisma.$queryRaw<Omit<StorePickupBacklog, 'waiting'>[]>`
    SELECT s.id AS "storeId", s.name AS "storeName",
           count(*) FILTER (WHERE k.status = 'PENDING' AND o.status IN ('PAID', 'PAY_AT_PICKUP'))::int AS "toPick",
           count(*) FILTER (WHERE k.status = 'PICKING' AND o.status IN ('PAID', 'PAY_AT_PICKUP'))::int AS picking,
           count(*) FILTER (WHERE k.status = 'READY_FOR_PICKUP' AND k.deadline_at > ${now}::timestamptz)::int AS ready,
           count(*) FILTER (WHERE k.status = 'READY_FOR_PICKUP' AND k.deadline_at <= ${now}::timestamptz)::int AS overdue
      FROM stores s
      LEFT JOIN pickups k ON k.store_id = s.id AND k.status IN ('PENDING', 'PICKING', 'READY_FOR_PICKUP')
      LEFT JOIN orders o ON o.id = k.order_id
     WHERE s.kind = 'STORE' AND (s.pickup_enabled OR k.id IS NOT NULL)
     GROUP BY s.id, s.name, s.position
     ORDER BY s.position, s.name`;
  return rows.map((row) => ({ ...row, waiting: row.toPick + row.picking + row.ready + row.overdue }));
}
