import 'server-only';
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
  const started = boss.start().catch((error: unknown) => {
    state.digijalkaBoss = undefined;
    throw error;
  });
  state.digijalkaBoss = started;
  return started;
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
