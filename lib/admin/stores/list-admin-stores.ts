import 'server-only';
import { prisma } from '@/lib/db';

/** Every store and warehouse (a shop has a handful), in the shop's order, with its staff count. */
export function listAdminStores() {
  return prisma.store.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      city: true,
      pickupEnabled: true,
      returnsEnabled: true,
      preparationMinutes: true,
      pickupDeadlineDays: true,
      openingHours: { orderBy: { weekday: 'asc' }, select: { weekday: true, opensAt: true, closesAt: true } },
      _count: { select: { staff: true } },
    },
  });
}

export type AdminStoreRow = Awaited<ReturnType<typeof listAdminStores>>[number];
