// Strangers cannot fill the server's storage through the shared page cache, and customers cannot
// purge it (issue 14, items 2 and 6), on the production build: the cache lives in PostgreSQL
// (next_cache.*), and nothing of it may land on disk either.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { storageState } from '../support/accounts';
import { query } from '../support/db';
import { expect, test } from '../support/test';

const MB = 1024 * 1024;
const DIST = '.next-e2e';

/** Bytes under a folder (0 when it does not exist). */
function folderBytes(folder: string): number {
  let total = 0;
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) total += folderBytes(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

/** What the page and data cache takes: every table of the next_cache schema, and the build's cache folders on disk. */
async function cacheStorage() {
  const [{ bytes }] = await query<{ bytes: string }>(
    `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint AS bytes
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'next_cache' AND c.relkind = 'r'`,
  );
  const disk = folderBytes(path.join(DIST, 'cache')) + folderBytes(path.join(DIST, 'server', 'app'));
  return { database: Number(bytes), disk };
}

/** GETs every address, `parallel` at a time; returns the statuses seen. */
async function getAll(baseURL: string, addresses: string[], parallel = 8) {
  const statuses = new Map<number, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < addresses.length) {
        const address = addresses[next++];
        const response = await fetch(new URL(address, baseURL), { redirect: 'manual' });
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    }),
  );
  return Object.fromEntries(statuses);
}

async function cachedKeys(pattern: string) {
  return query<{ key: string; last_modified: string }>(`SELECT key, last_modified::text FROM next_cache.entries WHERE key LIKE $1`, [pattern]);
}

test('1,000 one-off searches and 1,000 unknown addresses grow the cache by at most 5 MB; popular pages stay cached', async ({ baseURL }) => {
  test.setTimeout(600_000);
  const [product] = await query<{ slug: string }>(`SELECT slug FROM products WHERE status = 'ACTIVE' ORDER BY slug LIMIT 1`);
  const run = Date.now().toString(36);
  // The shop's shared pages first, so that what follows is measured alone.
  await getAll(baseURL!, ['/', '/en', '/category', `/product/${product.slug}`, '/tarinat', '/search?q=kahvi']);
  const before = await cacheStorage();

  const searches = Array.from({ length: 1000 }, (_, i) => `/search?q=${run}-haku-${i}`);
  const unknown = Array.from({ length: 1000 }, (_, i) =>
    i % 3 === 0 ? `/product/nope-${run}-${i}` : i % 3 === 1 ? `/category/nope-${run}-${i}` : `/tarinat/nope-${run}-${i}`,
  );
  expect(await getAll(baseURL!, searches)).toEqual({ 200: 1000 });
  expect(await getAll(baseURL!, unknown)).toEqual({ 404: 1000 });

  const after = await cacheStorage();
  const grown = after.database - before.database + (after.disk - before.disk);
  console.log(
    `Cache storage grew by ${(grown / MB).toFixed(2)} MB (database ${((after.database - before.database) / MB).toFixed(2)} MB, disk ${((after.disk - before.disk) / MB).toFixed(2)} MB)`,
  );
  expect(grown).toBeLessThanOrEqual(5 * MB);
  expect(await cachedKeys(`%/nope-${run}-%`)).toEqual([]);
  expect(await cachedKeys(`%${run}-haku-%`)).toEqual([]);

  // A search people repeat is cached from its second time on, and so is a product page.
  await getAll(baseURL!, ['/search?q=villasukat', '/search?q=villasukat', `/product/${product.slug}`], 1);
  await expect.poll(() => cachedKeys('%/search/villasukat/1').then((rows) => rows.length)).toBe(1);
  await expect.poll(() => cachedKeys(`%/product/${product.slug}`).then((rows) => rows.length)).toBe(1);
});

test.describe('a signed-in customer', () => {
  test.use({ storageState: storageState('customer') });

  test('saving the profile 20 times leaves the cached product page cached', async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const [product] = await query<{ slug: string }>(`SELECT slug FROM products WHERE status = 'ACTIVE' ORDER BY slug DESC LIMIT 1`);
    await getAll(baseURL!, [`/product/${product.slug}`, `/product/${product.slug}`], 1);
    await expect.poll(() => cachedKeys(`%/fi/product/${product.slug}`).then((rows) => rows.length)).toBe(1);
    const [cached] = await cachedKeys(`%/fi/product/${product.slug}`);
    const [{ count: revalidatedBefore }] = await query<{ count: string }>('SELECT count(*)::text FROM next_cache.revalidated_tags');

    await page.goto('/account');
    const form = page.locator('section', { has: page.getByRole('heading', { name: 'Omat tiedot' }) });
    const save = async (name: string) => {
      await form.getByLabel('Nimi').fill(name);
      const answered = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/account');
      await form.getByRole('button', { name: 'Tallenna tiedot' }).click();
      expect((await answered).status()).toBe(200);
      await expect(form.getByText('Tiedot tallennettu.')).toBeVisible();
    };
    for (let time = 1; time <= 20; time++) await save(`Aino Asiakas ${time}`);
    await save('Aino Asiakas');
    expect((await query<{ name: string }>(`SELECT name FROM users WHERE email = 'asiakas@pihlajanpuoti.example'`))[0].name).toBe('Aino Asiakas');

    // The product page is served from the same cache entry as before: nothing was revalidated.
    await getAll(baseURL!, [`/product/${product.slug}`], 1);
    expect(await cachedKeys(`%/fi/product/${product.slug}`)).toEqual([cached]);
    const [{ count: revalidatedAfter }] = await query<{ count: string }>('SELECT count(*)::text FROM next_cache.revalidated_tags');
    expect(revalidatedAfter).toBe(revalidatedBefore);
  });
});
