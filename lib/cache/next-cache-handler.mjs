// Next.js's page and data cache (ISR pages, unstable_cache), shared by every app process:
// in Redis or Valkey when REDIS_URL is set (several machines), else in the app's PostgreSQL
// (the embedded default; every process on the machine, or any machine on the same database).
// next.config.ts names this file as `cacheHandler`; Next.js imports it at run time.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from 'redis';
import { withRedisAdmission } from './cache-admission.mjs';
import { createLocalTier } from './local-tier.mjs';
import { createPostgresCacheStore } from './postgres-cache-store.mjs';

CacheHandler.onCreation(async ({ buildId = 'development' }) => {
  const databaseUrl = process.env.DATABASE_URL;
  let shared;
  if (process.env.REDIS_URL) shared = await redisHandler(process.env.REDIS_URL, buildId);
  else if (databaseUrl) shared = createPostgresCacheStore({ connectionString: databaseUrl, buildId });
  else throw new Error('The page cache needs REDIS_URL or DATABASE_URL.');
  // A serving process keeps what it serves in memory too (local-tier.mjs); a build only writes.
  if (!databaseUrl || process.env.NEXT_PHASE === 'phase-production-build') return { handlers: [shared] };
  return { handlers: [createLocalTier({ shared, connectionString: databaseUrl })] };
});

/** @param {string} url @param {string} buildId */
async function redisHandler(url, buildId) {
  const client = createClient({ url, socket: { reconnectStrategy: (retries) => Math.min(retries * 100, 2_000) } });
  // Without a listener a lost connection would crash the process; the client reconnects by itself.
  client.on('error', () => {});
  await client.connect();
  // Entries are keyed by build: a new build's pages never get an older build's HTML.
  const keyPrefix = `digijalka:${buildId}:`;
  // No error pages, and one-off addresses (searches) only when asked for twice (cache-admission.mjs).
  return withRedisAdmission(createRedisHandler({ client, keyPrefix, timeoutMs: 2_000 }), { client, keyPrefix });
}

export default CacheHandler;
