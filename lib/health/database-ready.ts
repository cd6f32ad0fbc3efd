import 'server-only';
import pg from 'pg';

/** How long readiness waits for a new connection and its answer to SELECT 1. */
export const READY_TIMEOUT_MS = 2_000;

/**
 * Whether a request could be served now: a new connection to PostgreSQL opens and answers
 * SELECT 1 within `timeoutMs`. Deliberately not the app's Prisma pool: a connection the pool
 * already holds keeps answering while the server refuses new ones (stopped, restarting, out of
 * connection slots, database closed to connections), and then pages fail while a check over the
 * pool says all is well.
 */
export async function databaseReady(timeoutMs = READY_TIMEOUT_MS): Promise<boolean> {
  const url = process.env.DATABASE_URL;
  if (!url) return false;
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    application_name: 'digijalka-health',
  });
  // A connection that breaks after the answer must not become an unhandled 'error' event.
  client.on('error', () => {});
  let timer: NodeJS.Timeout | undefined;
  try {
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
    });
    const probe = async () => {
      await client.connect();
      await client.query('SELECT 1');
    };
    await Promise.race([probe(), deadline]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
    // Not awaited: the answer must not wait for a stalled socket to close.
    client.end().catch(() => {});
  }
}
