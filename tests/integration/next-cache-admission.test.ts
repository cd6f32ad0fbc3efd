// What the shared page cache keeps (lib/cache/cache-admission.mjs), in both of its stores: the
// PostgreSQL one and Redis (a real redis-server). Error pages are never stored; one-off entries
// (searches) only when asked for a second time, and only the newest few of them.
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'redis';
import pg from 'pg';
import { startRedis, type Service } from '../../e2e/support/instances';
import { ONE_OFF_TAG, withRedisAdmission } from '../../lib/cache/cache-admission.mjs';
import { createLocalTier } from '../../lib/cache/local-tier.mjs';
import { createPostgresCacheStore } from '../../lib/cache/postgres-cache-store.mjs';
import { testDatabaseUrl } from '../support/test-database';

const now = () => Math.floor(Date.now() / 1000);

function pageEntry(html: string, tags: string[], status = 200) {
  return {
    lastModified: Date.now(),
    tags,
    lifespan: { lastModifiedAt: now(), staleAt: now() + 300, expireAt: now() + 450, staleAge: 300, expireAge: 450, revalidate: 300 },
    value: { kind: 'APP_PAGE', html, rscData: Buffer.from(html), segmentData: new Map(), headers: { 'x-next-cache-tags': tags.join(',') }, status, postponed: undefined },
  } as never;
}

const noTags = { implicitTags: [] };

type Store = { get: (key: string, meta: typeof noTags) => Promise<unknown>; set: (key: string, value: never) => Promise<void> };

/** The same rules, whichever store keeps the cache. */
function admissionRules(name: string, store: () => Store, size: () => Promise<number>, { capped = true } = {}) {
  describe(`the ${name} page cache`, () => {
    it('never stores an error page (an unknown slug’s 404)', async () => {
      const before = await size();
      for (let i = 0; i < 20; i++) await store().set(`/fi/product/nope-${i}`, pageEntry('<p>Ei löytynyt</p>', ['catalog'], 404));
      expect(await store().get('/fi/product/nope-1', noTags)).toBeNull();
      expect(await size()).toBe(before);
    });

    it('stores a one-off entry (a search) only when it is asked for a second time', async () => {
      await store().set('/fi/search/kahvi/1', pageEntry('<p>Kahvi</p>', ['catalog', ONE_OFF_TAG]));
      expect(await store().get('/fi/search/kahvi/1', noTags)).toBeNull();
      await store().set('/fi/search/kahvi/1', pageEntry('<p>Kahvi</p>', ['catalog', ONE_OFF_TAG]));
      expect(await store().get('/fi/search/kahvi/1', noTags)).toMatchObject({ value: { html: '<p>Kahvi</p>' } });
      // Ordinary entries are stored at once, as before.
      await store().set('/fi/product/kahvi', pageEntry('<p>Kahvi 12,90 €</p>', ['catalog']));
      expect(await store().get('/fi/product/kahvi', noTags)).not.toBeNull();
    });

    if (capped) it('keeps only the newest one-off entries', async () => {
      for (const query of ['a', 'b', 'c', 'd', 'e']) {
        for (let time = 0; time < 2; time++) await store().set(`/fi/search/${query}/1`, pageEntry(`<p>${query}</p>`, [ONE_OFF_TAG]));
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const kept = [];
      for (const query of ['kahvi', 'a', 'b', 'c', 'd', 'e']) if (await store().get(`/fi/search/${query}/1`, noTags)) kept.push(query);
      expect(kept).toEqual(['c', 'd', 'e']);
    });
  });
}

// PostgreSQL: a store of its own build, so that other tests' entries do not count.
const postgres = createPostgresCacheStore({ connectionString: testDatabaseUrl, buildId: 'admission', maxOneOff: 3 });
const sql = new pg.Pool({ connectionString: testDatabaseUrl, max: 1 });
afterAll(async () => Promise.all([postgres.close(), sql.end()]));
admissionRules('PostgreSQL', () => postgres as unknown as Store, async () =>
  Number((await sql.query(`SELECT count(*) FROM next_cache.entries WHERE build_id = 'admission'`)).rows[0].count),
);

describe('the PostgreSQL page cache’s notes of one-off addresses', () => {
  it('are kept in an unlogged table: a search nobody made before does not wait for a commit to reach the disk', async () => {
    const { rows } = await sql.query(`SELECT relpersistence FROM pg_class WHERE oid = 'next_cache.sightings'::regclass`);
    expect(rows[0].relpersistence).toBe('u');
  });
});

// Redis, as lib/cache/next-cache-handler.mjs makes it.
let redis: Service;
let client: ReturnType<typeof createClient>;
let handler: Store;
beforeAll(async () => {
  redis = await startRedis();
  client = createClient({ url: `redis://127.0.0.1:${redis.port}` });
  await client.connect();
  const keyPrefix = 'digijalka:test:';
  handler = withRedisAdmission(createRedisHandler({ client: client as never, keyPrefix }), { client, keyPrefix, maxOneOff: 3 }) as unknown as Store;
}, 30_000);
afterAll(async () => {
  await client?.quit();
  await redis?.stop();
});
admissionRules('Redis', () => handler, async () => (await client.keys('digijalka:test:/*')).length);

// The in-memory tier in front of the shared store (lib/cache/local-tier.mjs) keeps no more than
// the store does: an error page or a one-off entry set once is not served from memory either.
const tierStore = createPostgresCacheStore({ connectionString: testDatabaseUrl, buildId: 'admission-tier', maxOneOff: 3 });
const tier = createLocalTier({ shared: tierStore, connectionString: testDatabaseUrl });
beforeAll(async () => {
  // The tier remembers nothing until it listens for other processes' revalidations.
  for (let waited = 0; waited < 5_000; waited += 50) {
    const { rows } = await sql.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'digijalka-next-cache-listen' AND datname = current_database()`);
    if (rows[0].n >= 1) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
});
afterAll(async () => {
  await tier.close();
  await tierStore.close();
});
// (The cap is the shared store's: the tier's memory has a bound of its own.)
admissionRules(
  'in-memory tier over the PostgreSQL',
  () => tier as unknown as Store,
  async () => Number((await sql.query(`SELECT count(*) FROM next_cache.entries WHERE build_id = 'admission-tier'`)).rows[0].count),
  { capped: false },
);
