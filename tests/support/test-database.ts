// Each integration test file gets its own database, cloned from the migrated template, so
// files never see each other's rows. The shared Prisma client of lib/db.ts points at it.
import { afterAll, beforeAll, inject } from 'vitest';
import pg from 'pg';
import { TEMPLATE_DATABASE, dropDatabase, withDatabase } from './global-setup';

const serverUrl = inject('databaseServerUrl');
const name = `digijalka_test_${process.env.VITEST_POOL_ID ?? '0'}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
const url = withDatabase(serverUrl, name);
process.env.DATABASE_URL = url;
delete (globalThis as { prisma?: unknown }).prisma;

beforeAll(async () => {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`);
  } finally {
    await client.end();
  }
});

afterAll(async () => {
  const shared = (globalThis as { prisma?: { $disconnect: () => Promise<void> } }).prisma;
  await shared?.$disconnect();
  delete (globalThis as { prisma?: unknown }).prisma;
  await dropDatabase(serverUrl, name);
});

/** The URL of this test file's own database. */
export const testDatabaseUrl = url;
