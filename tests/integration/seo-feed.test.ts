// The RSS and Atom feeds as a feed reader fetches them: well-formed XML with the published
// stories and guides of one language, newest first, and nothing unpublished.
import '../support/test-database';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { xml2js } from 'xml-js';
import { GET as atomFeed } from '@/app/feed/[locale]/atom.xml/route';
import { GET as rssFeed } from '@/app/feed/[locale]/rss.xml/route';
import { prisma } from '@/lib/db';

// Tests have no Next data cache: the cached read runs every time.
vi.mock('next/cache', () => ({ unstable_cache: (fn: unknown) => fn }));
vi.stubEnv('NEXTAUTH_URL', 'https://puoti.example');

const BASE = 'https://puoti.example';

async function content(fields: {
  type: 'STORY' | 'GUIDE' | 'EVENT';
  locale: 'fi' | 'en';
  slug: string;
  status: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED';
  publishedAt?: Date;
  tags?: string[];
}) {
  return prisma.content.create({
    data: {
      type: fields.type,
      locale: fields.locale,
      slug: fields.slug,
      status: fields.status,
      title: `Otsikko ${fields.slug} & <muuta>`,
      excerpt: `Tiivistelmä ${fields.slug}`,
      coverImageUrl: `/demo/content/${fields.slug}.svg`,
      translationGroupId: randomUUID(),
      publishedAt: fields.publishedAt ?? null,
      scheduledAt: fields.status === 'SCHEDULED' ? new Date('2099-01-01T09:00:00Z') : null,
      tags: fields.tags ? { create: fields.tags.map((tagId) => ({ tagId })) } : undefined,
    },
  });
}

type Node = { _text?: string; _attributes?: Record<string, string> } & { [key: string]: Node | Node[] | string | undefined };
const list = (value: Node | Node[] | undefined): Node[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

async function fetchFeed(handler: typeof rssFeed, locale: string) {
  const response = await handler(new Request(`${BASE}/feed/${locale}/x.xml`), { params: Promise.resolve({ locale }) });
  const text = await response.text();
  return { response, text, xml: response.ok ? (xml2js(text, { compact: true }) as Node) : null };
}

beforeAll(async () => {
  const tag = await prisma.tag.create({ data: { slug: `villa-${randomUUID()}`, nameFi: 'Villa', nameEn: 'Wool' } });
  await content({ type: 'STORY', locale: 'fi', slug: 'vanhempi-tarina', status: 'PUBLISHED', publishedAt: new Date('2026-04-01T09:00:00Z') });
  await content({ type: 'GUIDE', locale: 'fi', slug: 'villan-hoito', status: 'PUBLISHED', publishedAt: new Date('2026-05-01T09:00:00Z'), tags: [tag.id] });
  await content({ type: 'STORY', locale: 'en', slug: 'english-story', status: 'PUBLISHED', publishedAt: new Date('2026-05-02T09:00:00Z') });
  await content({ type: 'STORY', locale: 'fi', slug: 'luonnos', status: 'DRAFT' });
  await content({ type: 'STORY', locale: 'fi', slug: 'ajastettu', status: 'SCHEDULED' });
  await content({ type: 'EVENT', locale: 'fi', slug: 'tapahtuma', status: 'PUBLISHED', publishedAt: new Date('2026-05-03T09:00:00Z') });
});

describe('the RSS feed', () => {
  it('lists the published Finnish stories and guides, newest first, with absolute links and tags', async () => {
    const { response, xml } = await fetchFeed(rssFeed, 'fi');
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const channel = (xml!.rss as Node).channel as Node;
    expect((channel.language as Node)._text).toBe('fi');
    const items = list(channel.item as Node[]);
    expect(items.map((item) => (item.link as Node)._text)).toEqual([`${BASE}/oppaat/villan-hoito`, `${BASE}/tarinat/vanhempi-tarina`]);
    const [guide] = items;
    expect((guide.title as Node)._text ?? (guide.title as Node)._cdata).toBe('Otsikko villan-hoito & <muuta>');
    expect(list(guide.category as Node).map((c) => c._text)).toEqual(['Villa']);
    expect((guide.enclosure as Node)._attributes?.url).toBe(`${BASE}/demo/content/villan-hoito.svg`);
    expect((guide.pubDate as Node)._text).toBe(new Date('2026-05-01T09:00:00Z').toUTCString());
  });

  it('leaves out drafts, scheduled items, events and the other language', async () => {
    const { text } = await fetchFeed(rssFeed, 'fi');
    for (const slug of ['luonnos', 'ajastettu', 'tapahtuma', 'english-story']) expect(text).not.toContain(slug);
  });

  it('is 404 for a language the shop does not have', async () => {
    const { response } = await fetchFeed(rssFeed, 'sv');
    expect(response.status).toBe(404);
  });
});

describe('the Atom feed', () => {
  it('lists the English stories at their English addresses', async () => {
    const { response, xml } = await fetchFeed(atomFeed, 'en');
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = xml!.feed as Node;
    const entries = list(feed.entry as Node[]);
    expect(entries).toHaveLength(1);
    const links = list(entries[0].link as Node[]).map((link) => link._attributes);
    expect(links.find((link) => !link?.rel || link.rel === 'alternate')?.href).toBe(`${BASE}/en/stories/english-story`);
    expect((entries[0].published as Node)._text).toBe('2026-05-02T09:00:00.000Z');
  });
});
