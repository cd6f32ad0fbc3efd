import packageJson from '@/package.json';

export const dynamic = 'force-dynamic';

/**
 * Liveness: the process answers. The database is left out on purpose: a database outage is not
 * cured by restarting the app, so it must not make a supervisor restart every instance.
 */
export function GET(): Response {
  return Response.json({ status: 'ok', version: packageJson.version }, { headers: { 'cache-control': 'no-store' } });
}
