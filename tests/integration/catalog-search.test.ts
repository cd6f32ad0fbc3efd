import '../support/test-database';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { searchProducts } from '@/lib/catalog/search-products';
import { suggestProducts } from '@/lib/catalog/suggest-products';
import { GET as suggestRoute } from '@/app/api/search/suggest/route';
import { createProduct } from '../support/factories/catalog';

const names = async (query: string, locale: 'fi' | 'en' = 'fi') =>
  (await searchProducts({ query, locale })).items.map((item) => item.name);

describe('product search', () => {
  beforeAll(async () => {
    await createProduct({
      slug: 'emalimuki',
      nameFi: 'Emalimuki 3 dl',
      nameEn: 'Enamel mug 3 dl',
      descriptionFi: 'Kevyt muki retkelle.',
      descriptionEn: 'A light mug for hiking.',
      variants: [{ priceCents: 1900 }],
    });
    await createProduct({
      slug: 'kahvimylly',
      nameFi: 'Käsikäyttöinen kahvimylly',
      nameEn: 'Hand coffee grinder',
      descriptionFi: 'Jauhaa pavut tasaisesti.',
      descriptionEn: 'Grinds beans evenly.',
      variants: [{ priceCents: 4900 }],
    });
    await createProduct({
      slug: 'kahvi-kotona',
      nameFi: 'Kahvi kotona',
      nameEn: 'Coffee at home',
      descriptionFi: 'Kirja kahvista.',
      descriptionEn: 'A book about coffee.',
      vendor: 'Kustantamo Kirjava',
    });
    await createProduct({
      slug: 'pellavapyyhe',
      nameFi: 'Pellavapyyhe',
      nameEn: 'Linen towel',
      descriptionFi: 'Kuivaa hyvin, myös kahvikupit.',
      descriptionEn: 'Dries well, coffee cups too.',
    });
    await createProduct({
      slug: 'luonnos-kahvipannu',
      nameFi: 'Kahvipannu (luonnos)',
      nameEn: 'Coffee pot (draft)',
      status: 'DRAFT',
    });
    await createProduct({
      slug: 'ei-myynnissa-kahvikuppi',
      nameFi: 'Kahvikuppi, poistunut',
      nameEn: 'Coffee cup, discontinued',
      variants: [{ active: false }],
    });
  });

  it('finds Finnish words in their inflected forms and as the start of a compound word', async () => {
    expect(await names('kahvia')).toEqual(expect.arrayContaining(['Kahvi kotona', 'Käsikäyttöinen kahvimylly']));
    expect(await names('pellava')).toEqual(['Pellavapyyhe']);
  });

  it('finds English words with English stemming, and shows the names in the shopper’s language', async () => {
    expect(await names('grinders', 'en')).toEqual(['Hand coffee grinder']);
    expect(await names('towels', 'fi')).toEqual(['Pellavapyyhe']);
  });

  it('tolerates small typos in names: "kahvii" finds kahvi, "mugg" finds the mug', async () => {
    expect(await names('kahvii')).toEqual(expect.arrayContaining(['Kahvi kotona', 'Käsikäyttöinen kahvimylly']));
    expect(await names('mugg')).toContain('Emalimuki 3 dl');
    expect(await names('emalimukki')).toContain('Emalimuki 3 dl');
  });

  it('ranks a match in the name above a match only in the description', async () => {
    const found = await names('kahvi');
    expect(found).toContain('Pellavapyyhe'); // "kahvikupit" in its description
    expect(found.indexOf('Kahvi kotona')).toBeLessThan(found.indexOf('Pellavapyyhe'));
    expect(found.indexOf('Käsikäyttöinen kahvimylly')).toBeLessThan(found.indexOf('Pellavapyyhe'));
  });

  it('searches the vendor too', async () => {
    expect(await names('kirjava')).toEqual(['Kahvi kotona']);
  });

  it('never shows drafts or products with nothing active to sell', async () => {
    const found = await names('kahvipannu kahvikuppi');
    expect(found).toEqual([]);
    expect(await names('luonnos')).toEqual([]);
  });

  it('finds nothing for an empty query or punctuation, without touching the database', async () => {
    expect(await searchProducts({ query: '', locale: 'fi' })).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
    expect((await searchProducts({ query: " '&|!:* ", locale: 'fi' })).total).toBe(0);
  });

  it('treats SQL and tsquery syntax as plain words', async () => {
    for (const query of ["'; DROP TABLE products; --", "kahvi') OR 1=1 --", 'kahvi:* | !x', '\\', '%_%']) {
      await expect(searchProducts({ query, locale: 'fi' })).resolves.toMatchObject({ page: 1 });
    }
    expect(await prisma.product.count()).toBeGreaterThanOrEqual(6);
    expect(await names("kahvi') OR 1=1 --")).not.toContain('Emalimuki 3 dl');
  });

  it('pages the results and counts them all', async () => {
    const first = await searchProducts({ query: 'kahvi', locale: 'fi', perPage: 2 });
    const second = await searchProducts({ query: 'kahvi', locale: 'fi', perPage: 2, page: 2 });
    const past = await searchProducts({ query: 'kahvi', locale: 'fi', perPage: 2, page: 9 });
    expect(first.total).toBe(3);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    expect(new Set([...first.items, ...second.items].map((i) => i.slug)).size).toBe(3);
    expect(past).toMatchObject({ items: [], total: 3, pageCount: 2 });
  });
});

describe('search suggestions', () => {
  it('gives name in the shopper’s language, slug, lowest price and picture, best first', async () => {
    await createProduct({
      slug: 'termosmuki',
      nameFi: 'Termosmuki',
      nameEn: 'Travel mug',
      variants: [{ priceCents: 2500 }, { priceCents: 2200 }],
    });
    await prisma.productImage.create({
      data: { productId: (await prisma.product.findUniqueOrThrow({ where: { slug: 'termosmuki' } })).id, url: '/demo/products/termosmuki.svg', altFi: 'Muki', altEn: 'Mug' },
    });
    const suggestions = await suggestProducts({ query: 'termos', locale: 'en' });
    expect(suggestions[0]).toEqual({ name: 'Travel mug', slug: 'termosmuki', priceCents: 2200, imageUrl: '/demo/products/termosmuki.svg' });
  });

  it('answers GET /api/search/suggest with at most 8, and nothing for less than two letters', async () => {
    for (let i = 0; i < 10; i++) await createProduct({ nameFi: `Puulusikka ${i}`, nameEn: `Wooden spoon ${i}` });
    const response = await suggestRoute(new Request('http://shop.test/api/search/suggest?q=puulusik&locale=fi'));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    const body = (await response.json()) as { suggestions: { name: string }[] };
    expect(body.suggestions).toHaveLength(8);
    expect(body.suggestions.every((s) => s.name.startsWith('Puulusikka'))).toBe(true);

    const short = await suggestRoute(new Request('http://shop.test/api/search/suggest?q=p'));
    expect(await short.json()).toEqual({ suggestions: [] });
    const english = await suggestRoute(new Request('http://shop.test/api/search/suggest?q=wooden%20spo&locale=xx'));
    expect(((await english.json()) as { suggestions: { name: string }[] }).suggestions[0].name).toMatch(/^Puulusikka/);
  });
});
