import 'server-only';
import { prisma } from '@/lib/db';
import type { PeriodBounds } from './period-bounds';

export type ReturnsSummary = {
  /** Returns registered in the period (requested online or received at a desk), cancelled ones left out. */
  count: number;
  /** Of those, still waiting for the goods (REQUESTED). */
  awaiting: number;
  /** SUCCEEDED refunds for returns, created in the period (whenever the return was registered). */
  refundedCents: number;
};

export async function getReturnsSummary(bounds: PeriodBounds): Promise<ReturnsSummary> {
  const [row] = await prisma.$queryRaw<{ count: number; awaiting: number; refunded: bigint }[]>`
    SELECT (SELECT count(*) FROM returns
             WHERE status <> 'CANCELLED' AND created_at >= ${bounds.start}::timestamptz AND created_at < ${bounds.end}::timestamptz)::int AS count,
           (SELECT count(*) FROM returns
             WHERE status = 'REQUESTED' AND created_at >= ${bounds.start}::timestamptz AND created_at < ${bounds.end}::timestamptz)::int AS awaiting,
           (SELECT COALESCE(sum(amount_cents), 0) FROM refunds
             WHERE return_id IS NOT NULL AND status = 'SUCCEEDED'
               AND created_at >= ${bounds.start}::timestamptz AND created_at < ${bounds.end}::timestamptz)::bigint AS refunded`;
  return { count: row.count, awaiting: row.awaiting, refundedCents: Number(row.refunded) };
}
