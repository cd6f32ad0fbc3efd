import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { listMigrations, migrate } from '../../scripts/migrate';
import { testDatabaseUrl } from '../support/test-database';

describe('migrations', () => {
  it('are all recorded in the template, and running them again applies nothing', async () => {
    const again = await migrate(testDatabaseUrl);
    expect(again.applied).toEqual([]);
    const client = new pg.Client({ connectionString: testDatabaseUrl });
    await client.connect();
    const rows = (await client.query('SELECT name FROM _migrations ORDER BY name')).rows.map((r) => r.name);
    await client.end();
    expect(rows).toEqual(listMigrations().map((m) => m.name));
  });

  it('two servers migrating at once wait for each other instead of failing', async () => {
    const client = new pg.Client({ connectionString: testDatabaseUrl });
    await client.connect();
    await client.query('DROP TABLE _migrations');
    // Every schema the migrations create, so that all of them can run again.
    await client.query('DROP SCHEMA public CASCADE; DROP SCHEMA IF EXISTS next_cache CASCADE; CREATE SCHEMA public;');
    await client.end();
    const [first, second] = await Promise.all([migrate(testDatabaseUrl), migrate(testDatabaseUrl)]);
    const names = listMigrations().map((m) => m.name);
    expect([...first.applied, ...second.applied].sort()).toEqual(names);
  });
});
