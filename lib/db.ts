// The one Prisma client of the app. PostgreSQL is reached through node-postgres
// (`@prisma/adapter-pg`); DATABASE_URL is set by scripts/start.ts when the embedded server is used.
import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

/**
 * Every SQL text Prisma sends is a named prepared statement, kept per connection by
 * node-postgres: PostgreSQL parses it once per connection instead of on every call, and after
 * five calls may keep a generic plan (measured on the bench shop: the database's CPU per order
 * 16-18 -> 11 ms paying at pickup, 8-9 -> 5 ms by card). Prisma's own engine did the same before
 * Prisma 7. Only the first MAX_PREPARED texts get a name (the app's queries are a few hundred; a
 * text made for a long IN list is sent unnamed), so a connection keeps a bounded number.
 * DATABASE_PREPARED_STATEMENTS=0 turns it off: for a pooler in transaction mode that does not
 * keep prepared statements (PgBouncer before 1.21).
 */
const MAX_PREPARED = 500;
const statementNames = new Map<string, string>();
function statementName({ sql }: { sql: string }): string | undefined {
  let name = statementNames.get(sql);
  if (!name && statementNames.size < MAX_PREPARED) {
    name = 'p' + createHash('sha1').update(sql).digest('base64url');
    statementNames.set(sql, name);
  }
  return name;
}

export function createPrismaClient(url: string) {
  // The adapter's type asks for a name; undefined (over MAX_PREPARED) makes node-postgres send the query unnamed.
  const prepared = process.env.DATABASE_PREPARED_STATEMENTS === '0' ? undefined : { statementNameGenerator: statementName as (query: { sql: string }) => string };
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }, prepared),
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
