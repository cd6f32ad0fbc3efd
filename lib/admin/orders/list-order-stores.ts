import 'server-only';
import { prisma } from '@/lib/db';

/** The stores an order can be picked up at, for the order list's store filter. */
export async function listOrderStores(): Promise<{ id: string; name: string }[]> {
  return prisma.store.findMany({ where: { kind: 'STORE' }, orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true } });
}
