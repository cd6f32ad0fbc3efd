// Starts one PostgreSQL for the integration tests (embedded in a temporary folder, or the server
// named by TEST_DATABASE_URL), and migrates a template database that every test file clones.
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDatabaseIfMissing, startEmbeddedDatabase } from '../../scripts/database';
import { migrate } from '../../scripts/migrate';
import { assertLocalDatabase } from './local-database-guard';
import { freePort } from './free-port';

export const TEMPLATE_DATABASE = 'digijalka_test_template';

export default async function setup(project: TestProject) {
  let stop = async () => {};
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'digijalka-test-pg-'));
    chmodSync(dir, 0o777); // the embedded server runs as the `postgres` user
    const db = await startEmbeddedDatabase({ dataDir: path.join(dir, 'data'), port: await freePort(), database: 'postgres' });
    serverUrl = db.url;
    stop = async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  assertLocalDatabase(serverUrl);
  const templateUrl = withDatabase(serverUrl, TEMPLATE_DATABASE);
  await dropDatabase(serverUrl, TEMPLATE_DATABASE);
  await createDatabaseIfMissing(templateUrl);
  await migrate(templateUrl);
  project.provide('databaseServerUrl', serverUrl);
  return stop;
}

export function withDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

export async function dropDatabase(serverUrl: string, name: string) {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}
