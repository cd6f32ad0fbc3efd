import 'server-only';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

const BATCH = 200;

/**
 * The batched walk of the expiry jobs: every order matching `due`, in id order and 200 at a time,
 * is handed to `expireOne` (its own transaction, which re-checks the order's state). Returns how
 * many `expireOne` expired.
 */
export async function expireDueOrders(due: Prisma.OrderWhereInput, expireOne: (orderId: string) => Promise<boolean>): Promise<number> {
  let expired = 0;
  let lastId: string | undefined;
  for (;;) {
    const batch = await prisma.order.findMany({
      where: { ...due, ...(lastId ? { id: { gt: lastId } } : {}) },
      orderBy: { id: 'asc' },
      select: { id: true },
      take: BATCH,
    });
    for (const { id } of batch) {
      if (await expireOne(id)) expired += 1;
    }
    if (batch.length < BATCH) return expired;
    lastId = batch[batch.length - 1].id;
  }
}
