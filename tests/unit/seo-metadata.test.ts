// What search engines and link previews read from the <head> of content pages, and robots.txt.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import robots from '@/app/robots';
import { contentMetadata, sectionIndexMetadata } from '@/lib/content/content-metadata';
import type { ContentView } from '@/lib/content/types';
import { contentDescription, shorten } from '@/lib/seo/content-description';

beforeEach(() => {
  vi.stubEnv('NEXTAUTH_URL', 'https://puoti.example');
});

const story: ContentView = {
  id: 'c1',
  type: 'STORY',
  status: 'PUBLISHED',
  locale: 'en',
  slug: 'at-the-kuusela-workshop',
  title: 'At the Kuusela woodworking shop',
  excerpt: 'We went to Laukaa to see how a kuksa cup is carved.',
  coverImageUrl: '/demo/content/kuksa.svg',
  coverImageAlt: 'Illustration: a kuksa cup',
  body: [],
  publishedAt: new Date('2026-06-01T09:00:00Z'),
  updatedAt: new Date('2026-06-02T10:30:00Z'),
  authorName: 'Päivi Pihlaja',
  tags: [{ slug: 'kotimainen', name: 'Made in Finland' }],
  translation: { locale: 'fi', slug: 'kuuselan-verstaalla' },
  event: null,
};

describe('contentMetadata', () => {
  it('gives the canonical address and hreflang links to both language versions by their own slugs', () => {
    const metadata = contentMetadata(story, { shopName: 'Pihlajan Puoti' });
    expect(metadata.title).toBe('At the Kuusela woodworking shop');
    expect(metadata.description).toBe('We went to Laukaa to see how a kuksa cup is carved.');
    expect(metadata.alternates?.canonical).toBe('https://puoti.example/en/stories/at-the-kuusela-workshop');
    expect(metadata.alternates?.languages).toEqual({
      fi: 'https://puoti.example/tarinat/kuuselan-verstaalla',
      en: 'https://puoti.example/en/stories/at-the-kuusela-workshop',
      'x-default': 'https://puoti.example/tarinat/kuuselan-verstaalla',
    });
    expect(metadata.alternates?.types).toEqual({
      'application/rss+xml': 'https://puoti.example/feed/en/rss.xml',
      'application/atom+xml': 'https://puoti.example/feed/en/atom.xml',
    });
    expect(metadata.robots).toBeUndefined();
  });

  it('makes an article preview card with the cover, its alt text, dates and tags', () => {
    const metadata = contentMetadata(story, { shopName: 'Pihlajan Puoti' });
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url: 'https://puoti.example/en/stories/at-the-kuusela-workshop',
      siteName: 'Pihlajan Puoti',
      locale: 'en_GB',
      alternateLocale: 'fi_FI',
      publishedTime: '2026-06-01T09:00:00.000Z',
      modifiedTime: '2026-06-02T10:30:00.000Z',
      tags: ['Made in Finland'],
      images: [{ url: 'https://puoti.example/demo/content/kuksa.svg', alt: 'Illustration: a kuksa cup' }],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', title: 'At the Kuusela woodworking shop' });
  });

  it('has no hreflang without a translation, no feed links on events, and keeps previews out of search', () => {
    const alone = contentMetadata({ ...story, translation: null }, { shopName: 'P' });
    expect(alone.alternates?.languages).toBeUndefined();
    expect(alone.openGraph).toMatchObject({ alternateLocale: undefined });
    const event = contentMetadata({ ...story, type: 'EVENT', slug: 'coffee' }, { shopName: 'P' });
    expect(event.alternates?.canonical).toBe('https://puoti.example/en/events/coffee');
    expect(event.alternates?.types).toBeUndefined();
    expect(contentMetadata({ ...story, status: 'DRAFT' }, { shopName: 'P' }).robots).toEqual({ index: false, follow: false });
  });
});

describe('sectionIndexMetadata', () => {
  it('links /tarinat and /en/stories to each other', () => {
    expect(sectionIndexMetadata('STORY', 'fi').alternates).toMatchObject({
      canonical: 'https://puoti.example/tarinat',
      languages: { fi: 'https://puoti.example/tarinat', en: 'https://puoti.example/en/stories', 'x-default': 'https://puoti.example/tarinat' },
      types: { 'application/rss+xml': 'https://puoti.example/feed/fi/rss.xml' },
    });
    expect(sectionIndexMetadata('EVENT', 'en').alternates).toEqual({
      canonical: 'https://puoti.example/en/events',
      languages: { fi: 'https://puoti.example/tapahtumat', en: 'https://puoti.example/en/events', 'x-default': 'https://puoti.example/tapahtumat' },
    });
  });
});

describe('contentDescription', () => {
  it('uses the first words of the text when there is no excerpt, at most 160 characters cut between words', () => {
    const words = Array.from({ length: 60 }, (_, i) => `sana${i}`).join(' ');
    const description = contentDescription({
      excerpt: '  ',
      body: [
        { type: 'heading', text: 'Otsikko', level: 2 },
        { type: 'text', html: `<p>${words}</p>` },
      ],
    });
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.startsWith('sana0 sana1')).toBe(true);
    expect(description.endsWith('…')).toBe(true);
    // Cut between words: what is kept is followed by a space in the full text.
    const kept = description.slice(0, -1);
    expect(words.startsWith(kept)).toBe(true);
    expect(words[kept.length]).toBe(' ');
  });

  it('leaves a short text as it is', () => {
    expect(shorten('  Lyhyt   kuvaus. ')).toBe('Lyhyt kuvaus.');
  });
});

describe('robots.txt', () => {
  it('points at the sitemap and keeps private pages out in both languages, but not /stores', () => {
    const result = robots();
    expect(result.sitemap).toBe('https://puoti.example/sitemap.xml');
    const [rule] = [result.rules].flat();
    const disallow = [rule.disallow].flat();
    for (const path of ['/event-registration', '/en/event-registration', '/admin', '/en/checkout', '/store/']) {
      expect(disallow).toContain(path);
    }
    // robots.txt rules match by prefix: none may shut out the public stores page.
    expect(disallow.filter((prefix) => !prefix!.endsWith('$') && '/stores'.startsWith(prefix!))).toEqual([]);
    expect(disallow.filter((prefix) => !prefix!.endsWith('$') && '/en/stores'.startsWith(prefix!))).toEqual([]);
  });
});
