import 'server-only';
import { prisma } from '@/lib/db';
import type { Tx } from '@/lib/inventory/tx';

export type ReturnAddress = { name: string; street: string; postalCode: string | null; city: string | null };

/**
 * Where returns by mail go: the web warehouse (the first warehouse with a street address), or
 * failing that the first store that takes returns. Null when no place has an address: the pages
 * then tell the shopper to ask customer service.
 */
export async function getReturnAddress(db: Pick<Tx, 'store'> = prisma): Promise<ReturnAddress | null> {
  const select = { name: true, street: true, postalCode: true, city: true } as const;
  const place =
    (await db.store.findFirst({ where: { kind: 'WAREHOUSE', street: { not: null } }, orderBy: [{ position: 'asc' }, { name: 'asc' }], select })) ??
    (await db.store.findFirst({ where: { returnsEnabled: true, street: { not: null } }, orderBy: [{ position: 'asc' }, { name: 'asc' }], select }));
  return place?.street ? { name: place.name, street: place.street, postalCode: place.postalCode, city: place.city } : null;
}
