import 'server-only';
import { helsinkiClock } from '@/lib/catalog/helsinki-clock';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/validation/uuid';

/** A store for the editor with its weekly hours and its exceptional days from today on; null when unknown. */
export async function getStoreForEdit(storeId: string, now = new Date()) {
  if (!isUuid(storeId)) return null;
  const today = new Date(`${helsinkiClock(now).date}T00:00:00Z`);
  return prisma.store.findUnique({
    where: { id: storeId },
    include: {
      openingHours: { orderBy: { weekday: 'asc' } },
      openingExceptions: { where: { date: { gte: today } }, orderBy: { date: 'asc' }, take: 200 },
    },
  });
}

export type StoreForEdit = NonNullable<Awaited<ReturnType<typeof getStoreForEdit>>>;
