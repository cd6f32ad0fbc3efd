// The in-memory tier in front of the shared page cache (lib/cache/local-tier.mjs): two tiers on
// one database stand for two app processes. Each serves from memory what it has seen, and a tag
// revalidated through one is dropped from the other's memory as soon as PostgreSQL tells it.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalTier } from '../../lib/cache/local-tier.mjs';
import { createPostgresCacheStore } from '../../lib/cache/postgres-cache-store.mjs';
import { testDatabaseUrl } from '../support/test-database';

const store = () => createPostgresCacheStore({ connectionString: testDatabaseUrl, buildId: 'tier' });
const sharedA = store();
const sharedB = store();
const a = createLocalTier({ shared: sharedA, connectionString: testDatabaseUrl });
const b = createLocalTier({ shared: sharedB, connectionString: testDatabaseUrl });
const db = new pg.Client({ connectionString: testDatabaseUrl });

beforeAll(async () => {
  await db.connect();
  // Both tiers listen before the tests start (they keep nothing in memory until then).
  for (let waited = 0; waited < 5_000; waited += 50) {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'digijalka-next-cache-listen' AND datname = current_database()`);
    if (rows[0].n >= 2) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
});
afterAll(async () => {
  await Promise.all([a.close(), b.close()]);
  await Promise.all([sharedA.close(), sharedB.close(), db.end()]);
});

const noTags = { implicitTags: [] };

function page(html: string, tags: string[]) {
  const now = Math.floor(Date.now() / 1000);
  return {
    lastModified: Date.now(),
    tags,
    lifespan: { lastModifiedAt: now, staleAt: now + 60, expireAt: now + 3600, staleAge: 60, expireAge: 3600, revalidate: 60 },
    value: { kind: 'APP_PAGE', html, rscData: Buffer.from(html), headers: {}, status: 200 },
  } as never;
}
const html = (value: unknown) => (value as { value: { html: string } } | null)?.value.html ?? null;

describe('the in-memory tier', () => {
  it('serves from memory what it has seen, without asking the database again', async () => {
    await a.set('/fi/product/kahvi', page('<p>Kahvi</p>', ['product:1']));
    expect(html(await b.get('/fi/product/kahvi', noTags))).toBe('<p>Kahvi</p>');
    // Gone from the shared store behind B's back: B still answers from memory.
    await db.query(`DELETE FROM next_cache.entries WHERE key = 'tier:/fi/product/kahvi'`);
    expect(html(await b.get('/fi/product/kahvi', noTags))).toBe('<p>Kahvi</p>');
  });

  it('drops a revalidated tag from the other process’s memory', async () => {
    await a.set('/fi/product/tee', page('<p>Tee 5 €</p>', ['product:2']));
    expect(html(await b.get('/fi/product/tee', noTags))).toBe('<p>Tee 5 €</p>');
    await a.revalidateTag('product:2');
    await expect.poll(async () => html(await b.get('/fi/product/tee', noTags)), { timeout: 1_000, interval: 20 }).toBeNull();
    await a.set('/fi/product/tee', page('<p>Tee 6 €</p>', ['product:2']));
    expect(html(await b.get('/fi/product/tee', noTags))).toBe('<p>Tee 6 €</p>');
  });

  it('never keeps a copy rendered before a revalidation it has heard of', async () => {
    const old = page('<p>Vanha</p>', ['product:3']);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.revalidateTag('product:3');
    await new Promise((resolve) => setTimeout(resolve, 200));
    // An entry rendered before the revalidation (a slow render finishing late) is not served.
    await sharedB.set('/fi/product/kaakao', old);
    expect(await b.get('/fi/product/kaakao', noTags)).toBeNull();
  });

  it('drops a revalidated path from the other process’s memory', async () => {
    await a.set('/fi/tarinat', page('<p>Tarinat</p>', []));
    const pathTags = { implicitTags: ['_N_T_/fi/tarinat'] };
    expect(html(await b.get('/fi/tarinat', pathTags))).toBe('<p>Tarinat</p>');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.revalidateTag('_N_T_/fi/tarinat');
    await expect.poll(async () => html(await b.get('/fi/tarinat', pathTags)), { timeout: 1_000, interval: 20 }).toBeNull();
  });
});
