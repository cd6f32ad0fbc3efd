import { Prisma } from '@/lib/generated/prisma/client';

// Where stock can reach an online shopper: the web warehouse and the stores with pickup switched
// on. Stock in a store without pickup is for walk-in customers only. One rule for the cart, the
// catalog and the checkout, in Prisma and in SQL.

export const sellableStoreWhere = {
  OR: [{ kind: 'WAREHOUSE' }, { kind: 'STORE', pickupEnabled: true }],
} satisfies Prisma.StoreWhereInput;

/** The ids of those stores, as a subquery for raw SQL. */
export const sellableStoreIdsSql = Prisma.sql`(SELECT id FROM stores WHERE kind = 'WAREHOUSE' OR (kind = 'STORE' AND pickup_enabled))`;
