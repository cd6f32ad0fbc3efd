import 'server-only';
import { prisma } from '@/lib/db';

export type FilterStore = { id: string; slug: string; name: string; city: string | null };

/** The shops a shopper can filter by ("available at ..."): physical stores, not warehouses. */
export async function listFilterStores(): Promise<FilterStore[]> {
  return prisma.store.findMany({
    where: { kind: 'STORE' },
    select: { id: true, slug: true, name: true, city: true },
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
  });
}
