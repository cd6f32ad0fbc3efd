import 'server-only';
import { prisma } from '@/lib/db';

/** Returns the shoppers said they would bring to this store and that have not come in yet. */
export async function listDeskRequestedReturns(storeId: string) {
  return prisma.return.findMany({
    where: { requestedStoreId: storeId, status: 'REQUESTED' },
    orderBy: { createdAt: 'asc' },
    take: 100,
    select: {
      number: true,
      createdAt: true,
      order: { select: { number: true, name: true } },
      lines: { select: { quantity: true } },
    },
  });
}
