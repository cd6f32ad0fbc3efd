import 'server-only';
import { prisma } from '@/lib/db';
import { loadCounterReceipt, type CounterReceipt } from './load-counter-receipt';

/** The receipt of counter sale `number` made at `storeId`; null for any other order. */
export async function findStoreCounterReceipt(storeId: string, number: number): Promise<CounterReceipt | null> {
  const order = await prisma.order.findFirst({ where: { number, channel: 'STORE', pickupStoreId: storeId }, select: { id: true } });
  return order ? loadCounterReceipt(prisma, order.id) : null;
}
