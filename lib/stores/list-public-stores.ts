// The shop's physical stores as the public stores page shows them: address and contacts, the
// regular weekly hours, and the exceptions (holidays, short days) from `from` onwards. Warehouses
// are not listed. Dates are YYYY-MM-DD strings (the result is cached as JSON).
import 'server-only';
import type { WeeklyHours } from '@/lib/catalog/opening-hours';
import { prisma } from '@/lib/db';
import type { StoreAddress } from './store-address';

/** How far ahead the page lists exceptions. */
export const EXCEPTION_DAYS = 60;

export type PublicStoreException = {
  date: string;
  closed: boolean;
  opensAt: number | null;
  closesAt: number | null;
  noteFi: string | null;
  noteEn: string | null;
};

export type PublicStore = StoreAddress & {
  phone: string | null;
  email: string | null;
  pickupEnabled: boolean;
  returnsEnabled: boolean;
  weekly: WeeklyHours[];
  exceptions: PublicStoreException[];
};

/** `from` is the first local date (YYYY-MM-DD) whose exceptions are wanted, usually today in Helsinki. */
export async function listPublicStores(from: string): Promise<PublicStore[]> {
  const first = new Date(`${from}T00:00:00Z`);
  const last = new Date(first.getTime() + EXCEPTION_DAYS * 24 * 60 * 60 * 1000);
  const stores = await prisma.store.findMany({
    where: { kind: 'STORE' },
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      slug: true,
      name: true,
      street: true,
      postalCode: true,
      city: true,
      phone: true,
      email: true,
      latitude: true,
      longitude: true,
      pickupEnabled: true,
      returnsEnabled: true,
      openingHours: { select: { weekday: true, opensAt: true, closesAt: true }, orderBy: { weekday: 'asc' } },
      openingExceptions: {
        where: { date: { gte: first, lt: last } },
        select: { date: true, closed: true, opensAt: true, closesAt: true, noteFi: true, noteEn: true },
        orderBy: { date: 'asc' },
      },
    },
  });
  return stores.map(({ openingHours, openingExceptions, ...store }) => ({
    ...store,
    weekly: openingHours,
    exceptions: openingExceptions.map((e) => ({ ...e, date: e.date.toISOString().slice(0, 10) })),
  }));
}
