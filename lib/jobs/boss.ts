import 'server-only';
import pg from 'pg';
import { PgBoss } from 'pg-boss';

// One pg-boss per process, on the app's own PostgreSQL (tables in the `pgboss` schema, which
// the migrations and the schema drift test leave alone).

export type BossRole = 'worker' | 'sender';

const state = globalThis as unknown as { digijalkaBoss?: Promise<PgBoss> };

/**
 * Starts this process's pg-boss (once; later calls get the same one). A 'worker' runs
 * maintenance and cron schedules; a 'sender' (a web process while a separate worker does the
 * jobs) only puts jobs on the queues.
 */
export function startBoss(role: BossRole, url = process.env.DATABASE_URL): Promise<PgBoss> {
  if (state.digijalkaBoss) return state.digijalkaBoss;
  if (!url) throw new Error('DATABASE_URL is not set: the jobs need the database.');
  const boss = new PgBoss({
    connectionString: url,
    schema: 'pgboss',
    application_name: `digijalka-jobs-${role}`,
    max: role === 'worker' ? 4 : 2,
    supervise: role === 'worker',
    schedule: role === 'worker',
  });
  // pg-boss reports connection trouble as 'error' events; without a listener they would crash the process.
  // A database that is shutting down (57P01, e.g. Ctrl-C on `npm start`) is not worth a report.
  boss.on('error', (error) => {
    if ((error as { code?: string }).code !== '57P01') console.error('Background jobs:', error);
  });
  const started = retireOldSchema(url)
    .then(() => boss.start())
    .catch((error: unknown) => {
      state.digijalkaBoss = undefined;
      throw error;
    });
  state.digijalkaBoss = started;
  return started;
}

/** The oldest pg-boss schema that pg-boss 12 migrates: 25 (pg-boss 11.0). pg-boss 10 left 24. */
const OLDEST_MIGRATABLE_SCHEMA = 25;
const RETIRE_LOCK_ID = 7_310_002;

/**
 * pg-boss 12 refuses to start on the schema pg-boss 10 created ("Cannot migrate pg-boss schema
 * from version 24"), and there is no supported path from one to the other. Nothing in that schema
 * needs keeping: the queues and schedules are made again at every start, and the e-mails its
 * waiting jobs named are still in the outbox, which the every-minute sweep delivers. So a schema
 * older than pg-boss 11's is dropped, once, and pg-boss installs its own afresh. (Stop the old
 * workers first: they would lose their tables.)
 */
async function retireOldSchema(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: 'digijalka-jobs-upgrade' });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [RETIRE_LOCK_ID]);
    const installed = await client.query<{ present: boolean }>(`SELECT to_regclass('pgboss.version') IS NOT NULL AS present`);
    if (!installed.rows[0].present) return;
    const version = (await client.query<{ version: number }>('SELECT version FROM pgboss.version')).rows[0]?.version;
    if (version !== undefined && Number(version) < OLDEST_MIGRATABLE_SCHEMA) {
      console.log(`Background jobs: replacing pg-boss 10's schema (version ${version}) with pg-boss 12's; the outbox sweep sends any e-mail it held.`);
      await client.query('DROP SCHEMA pgboss CASCADE');
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [RETIRE_LOCK_ID]).catch(() => {});
    await client.end();
  }
}

/** This process's pg-boss when one was started, else null. */
export function runningBoss(): Promise<PgBoss> | null {
  return state.digijalkaBoss ?? null;
}

/** Stops this process's pg-boss, letting running jobs finish (up to `timeout` ms). */
export async function stopBoss(timeout = 10_000): Promise<void> {
  const started = state.digijalkaBoss;
  state.digijalkaBoss = undefined;
  if (!started) return;
  const boss = await started.catch(() => null);
  await boss?.stop({ graceful: true, timeout });
}
