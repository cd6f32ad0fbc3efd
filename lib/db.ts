// The one Prisma client of the app. PostgreSQL is reached through node-postgres
// (`@prisma/adapter-pg`); DATABASE_URL is set by scripts/start.ts when the embedded server is used.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export function createPrismaClient(url: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }),
    // Password hashes never leave the database unless a query asks for them explicitly.
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;

const globalForPrisma = globalThis as unknown as { prisma?: Db };

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error('DATABASE_URL is not set. Start the app with `npm start` or `npm run dev`.');
  }
  return url;
}

/** The shared client, created on first use (so importing this module never connects). */
export const prisma: Db = new Proxy({} as Db, {
  get(_target, property) {
    globalForPrisma.prisma ??= createPrismaClient(databaseUrl());
    const value = Reflect.get(globalForPrisma.prisma, property);
    return typeof value === 'function' ? value.bind(globalForPrisma.prisma) : value;
  },
});
