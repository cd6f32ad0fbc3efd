// Applies prisma/migrations/<timestamp>_<name>/migration.sql files in order, each in its own
// transaction, recording them in a migrations table. An advisory lock makes two servers that
// start at the same time wait for each other instead of racing.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const MIGRATIONS_DIR = path.resolve('prisma/migrations');
const LOCK_ID = 7_310_001; // any constant shared by every copy of this script

export type MigrationResult = { applied: string[] };

export function listMigrations(dir = MIGRATIONS_DIR): { name: string; sql: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: readFileSync(path.join(dir, name, 'migration.sql'), 'utf8') }));
}

export async function migrate(url: string, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_ID]);
    await client.query(`CREATE TABLE IF NOT EXISTS _migrations (
      name text PRIMARY KEY,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Map(
      (await client.query<{ name: string; checksum: string }>('SELECT name, checksum FROM _migrations'))
        .rows.map((row) => [row.name, row.checksum]),
    );
    for (const migration of listMigrations(dir)) {
      const checksum = createHash('sha256').update(migration.sql).digest('hex');
      const previous = done.get(migration.name);
      if (previous) {
        if (previous !== checksum) {
          throw new Error(
            `Migration ${migration.name} was changed after it was applied. ` +
              'Add a new migration instead of editing an applied one.',
          );
        }
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO _migrations (name, checksum) VALUES ($1, $2)', [
          migration.name,
          checksum,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`);
      }
      applied.push(migration.name);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_ID]).catch(() => {});
    await client.end();
  }
  return { applied };
}
