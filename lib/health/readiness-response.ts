import 'server-only';
import packageJson from '@/package.json';
import { databaseReady } from './database-ready';

/**
 * The readiness answer for load balancers and monitoring: 200 `{"status":"ok","db":"ok"}` when a
 * new database connection can be opened now, otherwise 503 `{"status":"degraded","db":"down"}`.
 */
export async function readinessResponse(): Promise<Response> {
  const db = await databaseReady();
  return Response.json(
    { status: db ? 'ok' : 'degraded', db: db ? 'ok' : 'down', version: packageJson.version },
    { status: db ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}
