// The page and data cache kept in PostgreSQL (lib/cache/postgres-cache-store.mjs): two stores on
// one database stand for two app processes. What one caches the other serves, a tag revalidated
// through one is gone for both, and expired or other builds' entries are never served.
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresCacheStore } from '../../lib/cache/postgres-cache-store.mjs';
import { testDatabaseUrl } from '../support/test-database';

const first = createPostgresCacheStore({ connectionString: testDatabaseUrl, buildId: 'build-1' });
const second = createPostgresCacheStore({ connectionString: testDatabaseUrl, buildId: 'build-1' });
const nextBuild = createPostgresCacheStore({ connectionString: testDatabaseUrl, buildId: 'build-2' });
afterAll(async () => Promise.all([first.close(), second.close(), nextBuild.close()]));

const now = () => Math.floor(Date.now() / 1000);

function pageEntry(html: string, tags: string[], expireAt = now() + 3600) {
  return {
    lastModified: Date.now(),
    tags,
    lifespan: { lastModifiedAt: now(), staleAt: now() + 60, expireAt, staleAge: 60, expireAge: 3600, revalidate: 60 },
    value: {
      kind: 'APP_PAGE',
      html,
      rscData: Buffer.from(`rsc:${html}`),
      segmentData: new Map([['/_index', Buffer.from('segment')]]),
      headers: { 'x-next-cache-tags': tags.join(',') },
      status: 200,
      postponed: undefined,
    },
  } as never;
}

const noTags = { implicitTags: [] };

describe('the PostgreSQL page cache', () => {
  it('serves what one process cached to another, with its binary parts intact', async () => {
    await first.set('/fi/product/kahvi', pageEntry('<p>Kahvi 12,90 €</p>', ['product:1']));
    const served = (await second.get('/fi/product/kahvi', noTags)) as { value: { html: string; rscData: Buffer; segmentData: Map<string, Buffer> } };
    expect(served.value.html).toBe('<p>Kahvi 12,90 €</p>');
    expect(Buffer.isBuffer(served.value.rscData)).toBe(true);
    expect(served.value.rscData.toString()).toBe('rsc:<p>Kahvi 12,90 €</p>');
    expect(served.value.segmentData.get('/_index')?.toString()).toBe('segment');
  });

  it('forgets an entry for every process when one revalidates its tag, and keeps the others', async () => {
    await first.set('/fi/product/tee', pageEntry('<p>Tee</p>', ['product:2', 'catalog']));
    await first.set('/fi/product/kaakao', pageEntry('<p>Kaakao</p>', ['product:3', 'catalog']));
    await second.revalidateTag('product:2');
    expect(await first.get('/fi/product/tee', noTags)).toBeNull();
    expect(await second.get('/fi/product/tee', noTags)).toBeNull();
    expect(await first.get('/fi/product/kaakao', noTags)).not.toBeNull();
  });

  it('treats a revalidated path as stale for entries rendered before it', async () => {
    await first.set('/fi/tarinat', pageEntry('<p>Tarinat</p>', []));
    const pathTags = { implicitTags: ['_N_T_/fi/tarinat'] };
    expect(await second.get('/fi/tarinat', pathTags)).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await second.revalidateTag('_N_T_/fi/tarinat');
    expect(await first.get('/fi/tarinat', pathTags)).toBeNull();
    await first.set('/fi/tarinat', pageEntry('<p>Uudet tarinat</p>', []));
    expect(await second.get('/fi/tarinat', pathTags)).not.toBeNull();
  });

  it('never serves an expired entry, nor one rendered by another build', async () => {
    await first.set('/fi/search/x1/1', pageEntry('<p>Vanha haku</p>', [], now() - 1));
    expect(await second.get('/fi/search/x1/1', noTags)).toBeNull();
    await first.set('/fi/category/kahvit', pageEntry('<p>Kahvit</p>', []));
    expect(await nextBuild.get('/fi/category/kahvit', noTags)).toBeNull();
  });

  it('keeps the first entry when asked to set only a missing one', async () => {
    await first.set('/fi/stores', pageEntry('<p>Ensimmäinen</p>', []));
    await second.set('/fi/stores', pageEntry('<p>Toinen</p>', []), { setOnlyIfNotExists: true });
    expect(((await first.get('/fi/stores', noTags)) as { value: { html: string } }).value.html).toBe('<p>Ensimmäinen</p>');
  });
});
