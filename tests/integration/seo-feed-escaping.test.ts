// Titles, excerpts, author names and tags are plain text. The feeds must say so, or escape them so
// that a feed reader shows exactly that text: Atom marks them type="text" (not "html", which would
// make a reader render "<b>" as markup); RSS readers take an item's description as HTML, so there
// it is HTML-escaped. And whatever the text holds, the XML stays well-formed.
import '../support/test-database';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { xml2js } from 'xml-js';
import { GET as atomFeed } from '@/app/feed/[locale]/atom.xml/route';
import { GET as rssFeed } from '@/app/feed/[locale]/rss.xml/route';
import { prisma } from '@/lib/db';
import { createUser } from '../support/factories/users';

vi.mock('next/cache', () => ({ unstable_cache: (fn: unknown) => fn }));
vi.stubEnv('NEXTAUTH_URL', 'https://puoti.example');

const TITLE = 'Kahvi <b>ja</b> pulla & "kahvila" ]]> ]]>';
const EXCERPT = 'Näin <script>alert(1)</script> keität & tarjoat ]]>';
const TAG = 'Kahvi <&> "paahto"';
const AUTHOR = 'Aino <Ö> & co';

type Node = { _text?: string; _cdata?: string; _attributes?: Record<string, string> } & { [key: string]: unknown };
const text = (node: unknown) => (node as Node | undefined)?._text;

async function read(handler: typeof rssFeed, locale: string) {
  const response = await handler(new Request(`https://puoti.example/feed/${locale}/x.xml`), { params: Promise.resolve({ locale }) });
  const body = await response.text();
  return { body, xml: xml2js(body, { compact: true }) as Node };
}

beforeAll(async () => {
  const author = await createUser({ role: 'OWNER', name: AUTHOR });
  const tag = await prisma.tag.create({ data: { slug: `kahvi-${randomUUID()}`, nameFi: TAG, nameEn: TAG } });
  await prisma.content.create({
    data: {
      type: 'STORY',
      locale: 'fi',
      slug: 'kahvitarina',
      status: 'PUBLISHED',
      title: TITLE,
      excerpt: EXCERPT,
      coverImageUrl: '/demo/content/kahvimaistelu.svg',
      authorId: author.id,
      translationGroupId: randomUUID(),
      publishedAt: new Date('2026-05-01T09:00:00Z'),
      tags: { create: [{ tagId: tag.id }] },
    },
  });
});

describe('the Atom feed', () => {
  it('declares plain text as text and keeps it exactly, in well-formed XML', async () => {
    const { body, xml } = await read(atomFeed, 'fi');
    expect(body).not.toContain('type="html"');
    const entry = (xml.feed as Node).entry as Node;
    const title = entry.title as Node;
    expect(title._attributes?.type).toBe('text');
    expect(text(title)).toBe(TITLE);
    const summary = entry.summary as Node;
    expect(summary._attributes?.type).toBe('text');
    expect(text(summary)).toBe(EXCERPT);
    expect(text((entry.author as Node).name)).toBe(AUTHOR);
    expect((entry.category as Node)._attributes).toEqual({ term: TAG, label: TAG });
    const enclosure = ([] as Node[]).concat(entry.link as Node[]).find((link) => link._attributes?.rel === 'enclosure');
    expect(enclosure?._attributes?.type).toBe('image/svg+xml');
  });
});

describe('the RSS feed', () => {
  it('gives the title as text and the excerpt as HTML that shows the same text, in well-formed XML', async () => {
    const { xml } = await read(rssFeed, 'fi');
    const item = ((xml.rss as Node).channel as Node).item as Node;
    expect(text(item.title)).toBe(TITLE);
    // What a reader renders as HTML: entities, so the words show and no tag is made.
    expect(text(item.description)).toBe('Näin &lt;script&gt;alert(1)&lt;/script&gt; keität &amp; tarjoat ]]&gt;');
    expect(text(item['dc:creator'])).toBe(AUTHOR);
    expect(text(item.category)).toBe(TAG);
    expect((item.enclosure as Node)._attributes?.type).toBe('image/svg+xml');
  });
});
