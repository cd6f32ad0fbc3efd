import type { Db } from '@/lib/db';

/**
 * The client of an interactive transaction (`prisma.$transaction(async (tx) => ...)`). Functions
 * that take one also accept the shared `prisma` client where a transaction is not needed.
 */
export type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;
