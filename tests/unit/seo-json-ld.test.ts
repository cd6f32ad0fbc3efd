// The structured data search engines read from story, guide, event and stores pages.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonLdScript, productJsonLd } from '@/lib/catalog/product-json-ld';
import type { ProductPageData } from '@/lib/catalog/types';
import { articleJsonLd } from '@/lib/content/article-json-ld';
import { eventJsonLd } from '@/lib/content/event-json-ld';
import type { ContentView } from '@/lib/content/types';
import { helsinkiIso } from '@/lib/seo/helsinki-iso';
import { storeJsonLd } from '@/lib/seo/store-json-ld';

beforeEach(() => {
  vi.stubEnv('NEXTAUTH_URL', 'https://puoti.example');
});

const story: ContentView = {
  id: 'c1',
  type: 'STORY',
  status: 'PUBLISHED',
  locale: 'fi',
  slug: 'kuuselan-verstaalla',
  title: 'Puuseppä Kuuselan verstaalla',
  excerpt: 'Kävimme Laukaassa katsomassa, miten kuksa syntyy.',
  coverImageUrl: '/demo/content/kuksa.svg',
  coverImageAlt: 'Piirroskuva kuksasta',
  body: [{ type: 'text', html: '<p>Verstas on vanhassa navetassa.</p>' }],
  publishedAt: new Date('2026-06-01T09:00:00Z'),
  updatedAt: new Date('2026-06-02T10:30:00Z'),
  authorName: 'Päivi Pihlaja',
  tags: [{ slug: 'kotimainen', name: 'Kotimainen' }],
  translation: { locale: 'en', slug: 'at-the-kuusela-workshop' },
  event: null,
};

const eventPage: ContentView = {
  ...story,
  id: 'c2',
  type: 'EVENT',
  slug: 'kahvimaistelu',
  title: 'Kahvimaistelu',
  excerpt: null,
  body: [{ type: 'text', html: '<p>Maistetaan <strong>syksyn</strong> paahdot.</p>' }],
  event: {
    id: 'e1',
    startsAt: new Date('2026-12-01T16:00:00Z'),
    endsAt: new Date('2026-12-01T18:00:00Z'),
    capacity: 20,
    status: 'SCHEDULED',
    store: { id: 's1', slug: 'jyvaskyla', name: 'Pihlajan Puoti Jyväskylä', street: 'Kauppakatu 21', postalCode: '40100', city: 'Jyväskylä' },
    featuredProductSlugs: [],
  },
};

describe('helsinkiIso', () => {
  it('writes the Finnish wall-clock time with its offset, winter and summer', () => {
    expect(helsinkiIso(new Date('2026-12-01T16:00:00Z'))).toBe('2026-12-01T18:00:00+02:00');
    expect(helsinkiIso(new Date('2026-06-01T09:00:00Z'))).toBe('2026-06-01T12:00:00+03:00');
  });
});

describe('articleJsonLd', () => {
  it('describes the story with its author, the shop as publisher and absolute addresses', () => {
    const url = 'https://puoti.example/tarinat/kuuselan-verstaalla';
    const data = articleJsonLd(story, url, { shopName: 'Pihlajan Puoti' });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Puuseppä Kuuselan verstaalla',
      description: 'Kävimme Laukaassa katsomassa, miten kuksa syntyy.',
      image: ['https://puoti.example/demo/content/kuksa.svg'],
      datePublished: '2026-06-01T12:00:00+03:00',
      dateModified: '2026-06-02T13:30:00+03:00',
      author: { '@type': 'Person', name: 'Päivi Pihlaja' },
      publisher: { '@type': 'Organization', name: 'Pihlajan Puoti', url: 'https://puoti.example/' },
      inLanguage: 'fi',
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    });
  });

  it('names the shop as author when no person wrote it, and prefers a given image', () => {
    const data = articleJsonLd({ ...story, authorName: null, excerpt: null }, 'https://x', {
      shopName: 'Pihlajan Puoti',
      imageUrl: 'https://cdn.example/og.jpg',
    });
    expect(data.author).toEqual({ '@type': 'Organization', name: 'Pihlajan Puoti', url: 'https://puoti.example/' });
    expect(data.image).toEqual(['https://cdn.example/og.jpg']);
    // Without an excerpt the body's first words describe it, without markup.
    expect(data.description).toBe('Verstas on vanhassa navetassa.');
  });
});

describe('eventJsonLd', () => {
  const url = 'https://puoti.example/tapahtumat/kahvimaistelu';

  it('gives time with offset, the store as place, and a free ticket', () => {
    const data = eventJsonLd(eventPage, url, { shopName: 'Pihlajan Puoti', seatsLeft: 5 });
    expect(data).toMatchObject({
      '@type': 'Event',
      name: 'Kahvimaistelu',
      description: 'Maistetaan syksyn paahdot.',
      startDate: '2026-12-01T18:00:00+02:00',
      endDate: '2026-12-01T20:00:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Pihlajan Puoti Jyväskylä',
        address: { '@type': 'PostalAddress', streetAddress: 'Kauppakatu 21', postalCode: '40100', addressLocality: 'Jyväskylä', addressCountry: 'FI' },
      },
      organizer: { '@type': 'Organization', name: 'Pihlajan Puoti' },
      offers: { '@type': 'Offer', price: '0', priceCurrency: 'EUR', availability: 'https://schema.org/InStock', url },
      url,
    });
  });

  it('is sold out without seats, cancelled when cancelled, and silent on availability when not told', () => {
    expect(eventJsonLd(eventPage, url, { shopName: 'P', seatsLeft: 0 })?.offers.availability).toBe('https://schema.org/SoldOut');
    const cancelled = { ...eventPage, event: { ...eventPage.event!, status: 'CANCELLED' as const } };
    expect(eventJsonLd(cancelled, url, { shopName: 'P' })?.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(eventJsonLd(eventPage, url, { shopName: 'P' })?.offers).not.toHaveProperty('availability', expect.anything());
  });

  it('is null for a page without an event', () => {
    expect(eventJsonLd(story, url, { shopName: 'P' })).toBeNull();
  });
});

describe('storeJsonLd', () => {
  it('lists the address, position and weekly hours of a store', () => {
    const data = storeJsonLd(
      {
        name: 'Pihlajan Puoti Tampere',
        street: 'Hämeenkatu 5',
        postalCode: '33100',
        city: 'Tampere',
        phone: '+358 3 555 0202',
        email: null,
        latitude: 61.4978,
        longitude: 23.761,
        weekly: [
          { weekday: 1, opensAt: 600, closesAt: 1140 },
          { weekday: 7, opensAt: 720, closesAt: 960 },
        ],
      },
      'https://puoti.example/stores',
      'Pihlajan Puoti',
    );
    expect(data.address).toMatchObject({ streetAddress: 'Hämeenkatu 5', addressLocality: 'Tampere', addressCountry: 'FI' });
    expect(data.geo).toEqual({ '@type': 'GeoCoordinates', latitude: 61.4978, longitude: 23.761 });
    expect(data.openingHoursSpecification).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '10:00', closes: '19:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Sunday', opens: '12:00', closes: '16:00' },
    ]);
  });
});

describe('productJsonLd with reviews', () => {
  const product: ProductPageData = {
    id: 'p1',
    slug: 'kuksa',
    name: 'Kuksa',
    description: 'Visasta veistetty.',
    vendor: null,
    finalSale: false,
    categoryPath: [],
    images: [],
    variants: [{ id: 'v1', sku: 'KUKSA', size: null, colour: null, priceCents: 4900, compareAtCents: null, vatRateBp: 2550 }],
  };
  const base = { product, url: 'https://puoti.example/product/kuksa', imageUrls: [], sellable: { v1: 2 }, shopName: 'Pihlajan Puoti' };

  it('has no rating when there is no published review', () => {
    for (const reviews of [undefined, { average: null, count: 0, items: [] }]) {
      const data = productJsonLd({ ...base, reviews });
      expect(data).not.toHaveProperty('aggregateRating');
      expect(data).not.toHaveProperty('review');
    }
  });

  it('gives a valid AggregateRating and one Review per published review, safe inside the script tag', () => {
    const data = productJsonLd({
      ...base,
      reviews: {
        average: 4.5,
        count: 2,
        items: [
          { rating: 5, text: 'Paras </script><b>kuksa</b>', author: 'Maija', publishedAt: new Date('2026-11-30T22:30:00Z') },
          { rating: 4, text: 'Hyvä.', author: 'Varmistettu ostaja', publishedAt: new Date('2026-11-01T10:00:00Z') },
        ],
      },
    });
    const parsed = JSON.parse(jsonLdScript(data));
    expect(parsed.aggregateRating).toEqual({ '@type': 'AggregateRating', ratingValue: 4.5, reviewCount: 2, bestRating: 5, worstRating: 1 });
    // What search engines require of an AggregateRating: a value within the scale and a positive count.
    const rating = parsed.aggregateRating;
    expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating);
    expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating);
    expect(Number.isInteger(rating.reviewCount) && rating.reviewCount > 0).toBe(true);
    expect(parsed.review).toEqual([
      {
        '@type': 'Review',
        reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 },
        author: { '@type': 'Person', name: 'Maija' },
        // 00:30 on 1 December in Finland.
        datePublished: '2026-12-01',
        reviewBody: 'Paras </script><b>kuksa</b>',
      },
      expect.objectContaining({ reviewRating: expect.objectContaining({ ratingValue: 4 }), author: { '@type': 'Person', name: 'Varmistettu ostaja' } }),
    ]);
    expect(jsonLdScript(data)).not.toContain('</script>');
  });
});
