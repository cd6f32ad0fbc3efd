// sitemap.xml's entries on real data: what a search engine is told exists, in which languages.
import '../support/test-database';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/db';
import { readSitemapSources } from '@/lib/seo/read-sitemap-sources';
import { sitemapEntries } from '@/lib/seo/sitemap-entries';
import { createCategory, createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';

vi.stubEnv('NEXTAUTH_URL', 'https://puoti.example');

const BASE = 'https://puoti.example';
type Status = 'DRAFT' | 'SCHEDULED' | 'PUBLISHED';

/** One content row; versions of the same piece share `group`. */
async function content(fields: { type: 'STORY' | 'GUIDE' | 'EVENT' | 'PAGE'; locale: 'fi' | 'en'; slug: string; status: Status; group?: string; eventId?: string }) {
  return prisma.content.create({
    data: {
      type: fields.type,
      locale: fields.locale,
      slug: fields.slug,
      status: fields.status,
      title: fields.slug,
      translationGroupId: fields.group ?? randomUUID(),
      eventId: fields.eventId,
      publishedAt: fields.status === 'PUBLISHED' ? new Date('2026-05-01T09:00:00Z') : null,
      scheduledAt: fields.status === 'SCHEDULED' ? new Date('2099-01-01T09:00:00Z') : null,
    },
  });
}

let entries: Awaited<ReturnType<typeof sitemapEntries>>;
const entry = (url: string) => entries.find((e) => e.url === url);
let shown: { slug: string };
let category: { slug: string };

beforeAll(async () => {
  category = await createCategory({ slug: 'keittio' });
  shown = await createProduct({ slug: 'kahvikuppi' });
  await createProduct({ slug: 'luonnos', status: 'DRAFT' });
  await createProduct({ slug: 'poistunut', status: 'ARCHIVED' });

  const story = randomUUID();
  await content({ type: 'STORY', locale: 'fi', slug: 'verstaalla', status: 'PUBLISHED', group: story });
  await content({ type: 'STORY', locale: 'en', slug: 'at-the-workshop', status: 'PUBLISHED', group: story });
  // Finnish published, English still a draft: only the Finnish one is listed, without hreflang.
  const guide = randomUUID();
  await content({ type: 'GUIDE', locale: 'fi', slug: 'villan-hoito', status: 'PUBLISHED', group: guide });
  await content({ type: 'GUIDE', locale: 'en', slug: 'caring-for-wool', status: 'DRAFT', group: guide });
  await content({ type: 'STORY', locale: 'fi', slug: 'keskeneräinen', status: 'DRAFT' });
  await content({ type: 'STORY', locale: 'fi', slug: 'tulossa', status: 'SCHEDULED' });
  await content({ type: 'PAGE', locale: 'fi', slug: 'sivu', status: 'PUBLISHED' });
  const store = await createStore();
  const event = await prisma.event.create({
    data: { storeId: store.id, startsAt: new Date('2026-12-01T16:00:00Z'), endsAt: new Date('2026-12-01T18:00:00Z'), capacity: 10 },
  });
  const eventGroup = randomUUID();
  await content({ type: 'EVENT', locale: 'fi', slug: 'kahvimaistelu', status: 'PUBLISHED', group: eventGroup, eventId: event.id });
  await content({ type: 'EVENT', locale: 'en', slug: 'coffee-tasting', status: 'PUBLISHED', group: eventGroup, eventId: event.id });

  entries = sitemapEntries(await readSitemapSources());
});

describe('the sitemap', () => {
  it('lists a shown product in both languages with hreflang links and when it changed', async () => {
    const product = await prisma.product.findUniqueOrThrow({ where: { slug: shown.slug } });
    const languages = { fi: `${BASE}/product/kahvikuppi`, en: `${BASE}/en/product/kahvikuppi`, 'x-default': `${BASE}/product/kahvikuppi` };
    expect(entry(`${BASE}/product/kahvikuppi`)).toEqual({ url: `${BASE}/product/kahvikuppi`, lastModified: product.updatedAt.toISOString(), alternates: { languages } });
    expect(entry(`${BASE}/en/product/kahvikuppi`)).toMatchObject({ alternates: { languages } });
  });

  it('leaves out draft and archived products', () => {
    expect(entries.some((e) => e.url.includes('luonnos') || e.url.includes('poistunut'))).toBe(false);
  });

  it('lists the home page, categories, the stores page and the section indexes in both languages', () => {
    for (const url of [
      BASE,
      `${BASE}/en`,
      `${BASE}/category/${category.slug}`,
      `${BASE}/en/category/${category.slug}`,
      `${BASE}/stores`,
      `${BASE}/en/stores`,
      `${BASE}/tarinat`,
      `${BASE}/en/stories`,
      `${BASE}/oppaat`,
      `${BASE}/en/guides`,
      `${BASE}/tapahtumat`,
      `${BASE}/en/events`,
    ]) {
      expect(entry(url), url).toBeDefined();
    }
    expect(entry(`${BASE}/tarinat`)?.alternates?.languages).toEqual({ fi: `${BASE}/tarinat`, en: `${BASE}/en/stories`, 'x-default': `${BASE}/tarinat` });
    expect(entry(`${BASE}/tarinat`)?.lastModified).toEqual(expect.any(String));
  });

  it('lists published stories and events at their own address per language, linked to each other', () => {
    const languages = { fi: `${BASE}/tarinat/verstaalla`, en: `${BASE}/en/stories/at-the-workshop`, 'x-default': `${BASE}/tarinat/verstaalla` };
    expect(entry(`${BASE}/tarinat/verstaalla`)?.alternates?.languages).toEqual(languages);
    expect(entry(`${BASE}/en/stories/at-the-workshop`)?.alternates?.languages).toEqual(languages);
    expect(entry(`${BASE}/tapahtumat/kahvimaistelu`)?.alternates?.languages).toMatchObject({ en: `${BASE}/en/events/coffee-tasting` });
  });

  it('lists only the published language of a guide, without hreflang to an unpublished draft', () => {
    expect(entry(`${BASE}/oppaat/villan-hoito`)).toEqual({ url: `${BASE}/oppaat/villan-hoito`, lastModified: expect.any(String) });
    expect(entries.some((e) => e.url.includes('caring-for-wool'))).toBe(false);
  });

  it('leaves out drafts, scheduled items and plain pages', () => {
    const urls = entries.map((e) => e.url).join('\n');
    expect(urls).not.toContain('keskener');
    expect(urls).not.toContain('tulossa');
    expect(urls).not.toContain('sivu');
  });

  it('has every address once', () => {
    expect(new Set(entries.map((e) => e.url)).size).toBe(entries.length);
  });
});

describe('a catalog of 10,000 products', () => {
  it('is listed in both languages, read small enough for the data cache (2 MB) and quickly', async () => {
    await prisma.$executeRaw`
      WITH created AS (
        INSERT INTO products (slug, name_fi, name_en, status)
        SELECT 'scale-' || n, 'Tuote ' || n, 'Product ' || n, 'ACTIVE' FROM generate_series(1, 10000) AS n
        RETURNING id, slug
      )
      INSERT INTO product_variants (product_id, sku, price_cents) SELECT id, 'SKU-' || slug, 1000 FROM created`;
    const started = performance.now();
    const sources = await readSitemapSources();
    const readMs = performance.now() - started;
    const all = sitemapEntries(sources);

    expect(all.filter((e) => e.url.includes('/product/scale-')).length).toBe(20_000);
    expect(all.length).toBeLessThan(50_000);
    expect(Buffer.byteLength(JSON.stringify(sources))).toBeLessThan(2 * 1024 * 1024);
    expect(readMs).toBeLessThan(3_000);
  });
});
