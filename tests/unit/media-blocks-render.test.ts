// The article's simple blocks and panels as a reader's browser gets them (Finnish): headings at
// the right level, pictures with their alt text, links written in the reader's language, share
// links with the page's address, and the event's place with a map link.
import { createElement, type ComponentType, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { loadMessages } from '@/i18n/messages';
import { CallToActionBlock } from '@/components/media/blocks/call-to-action-block';
import { HeadingBlock } from '@/components/media/blocks/heading-block';
import { ImageBlock } from '@/components/media/blocks/image-block';
import { QuoteBlock } from '@/components/media/blocks/quote-block';
import { TextBlock } from '@/components/media/blocks/text-block';
import { BlockProducts } from '@/components/media/blocks/block-products';
import { ContentCard } from '@/components/media/content-card';
import { ToastProvider } from '@/components/ui/toast';
import { EventDetails } from '@/components/media/event-details';
import { ShareLinks } from '@/components/media/share-links';

vi.mock('@/lib/actions/add-to-cart', () => ({ addToCartAction: async () => ({ status: 'idle' }) }));
vi.mock('@/i18n/navigation', async () => {
  const react = await import('react');
  return { Link: ({ href, ...props }: Record<string, unknown>) => react.createElement('a', { ...props, href: String(href) }) };
});

const Provider = NextIntlClientProvider as unknown as ComponentType<{
  locale: string;
  messages: unknown;
  timeZone: string;
  onError: (error: Error) => void;
  children?: ReactNode;
}>;

async function render(element: ReturnType<typeof createElement>, locale: 'fi' | 'en' = 'fi') {
  const messages = await loadMessages(locale);
  const onError = (error: Error) => {
    throw error;
  };
  return renderToStaticMarkup(createElement(Provider, { locale, messages, timeZone: 'Europe/Helsinki', onError }, element));
}

describe('content blocks', () => {
  it('renders headings at their level and rich text without script', async () => {
    expect(await render(createElement(HeadingBlock, { block: { type: 'heading', text: 'Koske & maista', level: 2 } }))).toMatch(
      /^<h2[^>]*>Koske &amp; maista<\/h2>$/,
    );
    expect(await render(createElement(HeadingBlock, { block: { type: 'heading', text: 'Alaotsikko', level: 3 } }))).toMatch(/^<h3/);
    const text = await render(createElement(TextBlock, { block: { type: 'text', html: '<p>Hei <img src=x onerror=alert(1)><a href="javascript:alert(1)">linkki</a></p>' } }));
    expect(text).toContain('<p>Hei <a>linkki</a></p>');
    expect(text).not.toMatch(/onerror|javascript:|<img/);
  });

  it('gives a picture its alt text and caption, and a quote its source', async () => {
    const image = await render(
      createElement(ImageBlock, { block: { type: 'image', url: '/demo/content/verstas.svg', alt: 'Kuksia kuivumassa hyllyllä', caption: 'Verstas Laukaassa' } }),
    );
    expect(image).toMatch(/<img[^>]*alt="Kuksia kuivumassa hyllyllä"/);
    expect(image).toMatch(/<img[^>]*loading="lazy"/);
    expect(image).toContain('<figcaption class="mt-2 text-sm text-stone-700">Verstas Laukaassa</figcaption>');

    const quote = await render(createElement(QuoteBlock, { block: { type: 'quote', text: 'Hyvä kuksa tummuu käytössä.', cite: 'Eero Kuusela' } }));
    expect(quote).toContain('<blockquote');
    expect(quote).toContain('Hyvä kuksa tummuu käytössä.');
    expect(quote).toContain('— Eero Kuusela</figcaption>');
  });

  it('writes a call to action inside the shop in the reader language and leaves outside links as they are', async () => {
    const internal = (locale: 'fi' | 'en') =>
      render(createElement(CallToActionBlock, { block: { type: 'callToAction', text: 'Tapahtumat', href: '/events' }, locale }), locale);
    expect(await internal('fi')).toContain('href="/tapahtumat"');
    expect(await internal('en')).toContain('href="/events"');
    const outside = await render(
      createElement(CallToActionBlock, { block: { type: 'callToAction', text: 'Tekijän sivut', href: 'https://kuusela.example/' }, locale: 'fi' }),
    );
    expect(outside).toContain('href="https://kuusela.example/" rel="noopener noreferrer"');
  });
});

describe('share links', () => {
  it('carry the encoded address and title to e-mail, Facebook, X and WhatsApp', async () => {
    const url = 'https://puoti.example/tarinat/kuusela?a=1&b=2';
    const html = await render(createElement(ShareLinks, { url, title: 'Puuseppä & kuksa' }));
    const encoded = encodeURIComponent(url);
    expect(html).toContain(`href="https://www.facebook.com/sharer/sharer.php?u=${encoded}"`);
    expect(html).toContain(`href="https://x.com/intent/post?url=${encoded}&amp;text=Puusepp%C3%A4%20%26%20kuksa"`);
    expect(html).toContain(`href="https://wa.me/?text=${encodeURIComponent(`Puuseppä & kuksa ${url}`)}"`);
    expect(html).toContain('href="mailto:?subject=Puusepp%C3%A4%20%26%20kuksa&amp;body=');
    expect(html).toContain('>Facebookissa</a>');
  });
});

describe('event details', () => {
  it('tell when (Helsinki time), where with a map link, and for how many', async () => {
    const html = await render(
      createElement(EventDetails, {
        locale: 'fi',
        event: {
          id: 'e1',
          startsAt: new Date('2030-12-05T16:00:00Z'),
          endsAt: new Date('2030-12-05T18:00:00Z'),
          capacity: 20,
          status: 'SCHEDULED',
          store: { id: 's1', slug: 'jyvaskyla', name: 'Pihlajan Puoti Jyväskylä', street: 'Kauppakatu 5', postalCode: '40100', city: 'Jyväskylä' },
          featuredProductSlugs: [],
        },
      }),
    );
    expect(html).toContain('<time dateTime="2030-12-05T16:00:00.000Z">to 5.12.2030 klo 18–20</time>');
    expect(html).toContain('Kauppakatu 5');
    expect(html).toContain(`href="https://www.openstreetmap.org/search?query=${encodeURIComponent('Kauppakatu 5, 40100 Jyväskylä')}"`);
    expect(html).toContain('20 osallistujaa');
  });
});

describe('content card', () => {
  it('links an event card to its page in the reader language, with its time and place', async () => {
    const card = {
      id: 'c1',
      type: 'EVENT' as const,
      locale: 'en' as const,
      slug: 'coffee-tasting',
      title: 'Coffee tasting',
      excerpt: 'Three roasts.',
      coverImageUrl: '/demo/content/coffee.svg',
      coverImageAlt: 'Cups',
      publishedAt: '2026-11-01T10:00:00.000Z',
      event: { startsAt: '2030-12-05T16:00:00.000Z', endsAt: '2030-12-05T18:00:00.000Z', cancelled: true, storeName: 'Tampere store', storeCity: 'Tampere' },
    };
    const html = await render(createElement(ContentCard, { card, headingLevel: 2 }), 'en');
    expect(html).toMatch(/<h2[^>]*><a[^>]*href="\/events\/coffee-tasting"[^>]*>Coffee tasting<\/a><\/h2>/);
    expect(html).toContain('Thu 5 Dec 2030, 18:00–20:00');
    expect(html).toContain('Tampere');
    expect(html).toContain('Cancelled');
    // The cover is decoration next to the linked title.
    expect(html).toMatch(/<img[^>]*alt=""/);
  });
});

describe('product blocks', () => {
  it('put an add-to-cart button under each card that records the story it was pressed on', async () => {
    const product = (id: string, name: string, variants: { id: string; sku: string; size: string | null }[]) => ({
      id,
      slug: `tuote-${id}`,
      name,
      priceCents: 3900,
      priceVaries: false,
      compareAtCents: null,
      image: null,
      variants: variants.map((v) => ({ ...v, colour: null, priceCents: 3900, compareAtCents: null, vatRateBp: 2550 })),
    });
    const html = await render(
      createElement(
        ToastProvider,
        null,
        createElement(BlockProducts, {
          contentId: 'story-1',
          headingLevel: 3,
          products: [
            product('p1', 'Kuksa', [{ id: 'v1', sku: 'KUKSA', size: null }]),
            product('p2', 'Villasukat', [
              { id: 'v2', sku: 'SUKAT-S', size: 'S' },
              { id: 'v3', sku: 'SUKAT-L', size: 'L' },
            ]),
          ],
        }),
      ),
    );
    expect(html.match(/<h3[^>]*><a[^>]*>(Kuksa|Villasukat)<\/a><\/h3>/g)).toHaveLength(2);
    expect(html.match(/name="contentId" value="story-1"/g)).toHaveLength(2);
    expect(html).toContain('name="variantId" value="v1"');
    // A product with sizes starts with its first size chosen, and the sizes to pick from.
    expect(html).toContain('name="variantId" value="v2"');
    expect(html).toContain('>Koko</legend>');
    expect(html.match(/Lisää ostoskoriin/g)).toHaveLength(2);
  });
});
