import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

let sequence = 0;

/** A new store (pickup and returns on) with a unique slug; pass fields to change it. */
export async function createStore(overrides: Partial<Prisma.StoreCreateInput> = {}) {
  sequence += 1;
  const slug = `store-${process.pid}-${Date.now()}-${sequence}`;
  return prisma.store.create({
    data: {
      slug,
      name: `Test Store ${sequence}`,
      kind: 'STORE',
      street: 'Testikatu 1',
      postalCode: '00100',
      city: 'Helsinki',
      pickupEnabled: true,
      returnsEnabled: true,
      ...overrides,
    },
  });
}
