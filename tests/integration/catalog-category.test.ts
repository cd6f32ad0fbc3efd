import '../support/test-database';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { DEFAULT_FILTERS, parseCategoryFilters, type QueryParams } from '@/lib/catalog/category-filters';
import { getCategoryView } from '@/lib/catalog/get-category-view';
import { listCategoryProducts } from '@/lib/catalog/list-category-products';
import { createCategory, createProduct } from '../support/factories/catalog';
import { createStore } from '../support/factories/stores';

// Clothing (parent) with Jackets (child). Stock per store decides "available at".
let clothing: { id: string; slug: string };
let jackets: { id: string; slug: string };
let tampere: { id: string; slug: string };
let jyvaskyla: { id: string; slug: string };

const day = (n: number) => new Date(Date.UTC(2026, 0, n));

beforeAll(async () => {
  clothing = await createCategory({ slug: 'vaatteet', nameFi: 'Vaatteet', nameEn: 'Clothing' });
  jackets = await createCategory({ slug: 'takit', nameFi: 'Takit', nameEn: 'Jackets', parentId: clothing.id });
  tampere = await createStore({ slug: 'tampere-test', city: 'Tampere' });
  jyvaskyla = await createStore({ slug: 'jyvaskyla-test', city: 'Jyväskylä' });
  const warehouse = await createStore({ slug: 'varasto-test', kind: 'WAREHOUSE', pickupEnabled: false, returnsEnabled: false });

  await createProduct({
    nameFi: 'Villapipo', nameEn: 'Wool beanie', categoryId: clothing.id, createdAt: day(1),
    variants: [{ priceCents: 3900, colour: 'musta', stock: { [tampere.id]: 5 } }],
  });
  await createProduct({
    nameFi: 'Sadetakki', nameEn: 'Rain jacket', categoryId: jackets.id, createdAt: day(2),
    variants: [
      { priceCents: 8900, size: 'S', colour: 'sininen', stock: { [tampere.id]: 0, [jyvaskyla.id]: 2 } },
      { priceCents: 8900, size: 'M', colour: 'sininen', stock: { [tampere.id]: 3 } },
    ],
  });
  await createProduct({
    nameFi: 'Untuvatakki', nameEn: 'Down jacket', categoryId: jackets.id, createdAt: day(3),
    variants: [
      { priceCents: 19900, compareAtCents: 24900, size: 'M', colour: 'musta', stock: { [warehouse.id]: 10 } },
      { priceCents: 21900, size: 'L', colour: 'musta', stock: { [tampere.id]: 1 } },
    ],
  });
  await createProduct({
    nameFi: 'Arkistoitu takki', nameEn: 'Archived jacket', categoryId: jackets.id, status: 'ARCHIVED',
    variants: [{ priceCents: 100, size: 'M', stock: { [tampere.id]: 9 } }],
  });
});

const list = (query: QueryParams, perPage?: number) =>
  listCategoryProducts({ categoryIds: [clothing.id, jackets.id], filters: parseCategoryFilters(query), locale: 'fi', perPage });
const names = async (query: QueryParams) => (await list(query)).items.map((p) => p.name);

describe('category listings', () => {
  it('show the visible products of the category and its subcategories, newest first', async () => {
    expect(await names({})).toEqual(['Untuvatakki', 'Sadetakki', 'Villapipo']);
    const jacketsOnly = await listCategoryProducts({ categoryIds: [jackets.id], filters: DEFAULT_FILTERS, locale: 'en' });
    expect(jacketsOnly.items.map((p) => p.name)).toEqual(['Down jacket', 'Rain jacket']);
  });

  it('show the lowest price, "from" when variants differ, and the sale price', async () => {
    const [down] = (await list({})).items;
    expect(down).toMatchObject({ name: 'Untuvatakki', priceCents: 19900, priceVaries: true, compareAtCents: 24900 });
  });

  it('sort by price both ways and by name', async () => {
    expect(await names({ sort: 'price-asc' })).toEqual(['Villapipo', 'Sadetakki', 'Untuvatakki']);
    expect(await names({ sort: 'price-desc' })).toEqual(['Untuvatakki', 'Sadetakki', 'Villapipo']);
    expect(await names({ sort: 'name' })).toEqual(['Sadetakki', 'Untuvatakki', 'Villapipo']);
  });

  it('filter by a price range in euros', async () => {
    expect(await names({ min: '50', max: '200' })).toEqual(['Untuvatakki', 'Sadetakki']);
    expect(await names({ max: '39' })).toEqual(['Villapipo']);
    expect(await names({ min: '200', max: '220' })).toEqual(['Untuvatakki']); // only its L is in range
  });

  it('filter by size and colour', async () => {
    expect(await names({ size: 'M' })).toEqual(['Untuvatakki', 'Sadetakki']);
    expect(await names({ size: ['S', 'L'] })).toEqual(['Untuvatakki', 'Sadetakki']);
    expect(await names({ colour: 'musta' })).toEqual(['Untuvatakki', 'Villapipo']);
    expect(await names({ size: 'S', colour: 'musta' })).toEqual([]);
  });

  it('filter by what is available at a store now, for the same variant that matches size and colour', async () => {
    expect(await names({ store: tampere.slug })).toEqual(['Untuvatakki', 'Sadetakki', 'Villapipo']);
    expect(await names({ store: jyvaskyla.slug })).toEqual(['Sadetakki']);
    // Rain jacket S is at Jyväskylä only, its M only at Tampere.
    expect(await names({ store: tampere.slug, size: 'S' })).toEqual([]);
    expect(await names({ store: jyvaskyla.slug, size: 'S' })).toEqual(['Sadetakki']);
    // Down jacket M is only in the warehouse.
    expect(await names({ store: tampere.slug, size: 'M', colour: 'musta' })).toEqual([]);
  });

  it('do not count reserved units as available at a store', async () => {
    const rain = await prisma.product.findFirstOrThrow({ where: { nameFi: 'Sadetakki' }, include: { variants: true } });
    const small = rain.variants.find((v) => v.size === 'S')!;
    const where = { variantId_storeId: { variantId: small.id, storeId: jyvaskyla.id } };
    await prisma.stockLevel.update({ where, data: { reserved: 2 } });
    try {
      expect(await names({ store: jyvaskyla.slug })).toEqual([]);
    } finally {
      await prisma.stockLevel.update({ where, data: { reserved: 0 } });
    }
  });

  it('page the products and count them all', async () => {
    const first = await list({ sort: 'price-asc' }, 2);
    const second = await list({ sort: 'price-asc', page: '2' }, 2);
    expect([first.total, first.pageCount, second.page]).toEqual([3, 2, 2]);
    expect(first.items.map((p) => p.name)).toEqual(['Villapipo', 'Sadetakki']);
    expect(second.items.map((p) => p.name)).toEqual(['Untuvatakki']);
    expect((await list({ page: '7' }, 2)).items).toEqual([]);
  });
});

describe('getCategoryView', () => {
  it('gives breadcrumbs, subcategories with their counts, facets and stores', async () => {
    const view = (await getCategoryView({ slug: 'vaatteet', locale: 'en', filters: DEFAULT_FILTERS }))!;
    expect(view.category.name).toBe('Clothing');
    expect(view.path.map((c) => c.slug)).toEqual(['vaatteet']);
    expect(view.subcategories.map((c) => [c.slug, c.totalCount])).toEqual([['takit', 2]]);
    expect(view.facets).toEqual({ sizes: ['S', 'M', 'L'], colours: ['musta', 'sininen'], minCents: 3900, maxCents: 21900 });
    expect(view.stores.map((s) => s.slug)).toEqual(expect.arrayContaining([tampere.slug, jyvaskyla.slug]));
    expect(view.stores.map((s) => s.slug)).not.toContain('varasto-test');
    expect(view.products.total).toBe(3);

    const child = (await getCategoryView({ slug: 'takit', locale: 'fi', filters: DEFAULT_FILTERS }))!;
    expect(child.path.map((c) => c.name)).toEqual(['Vaatteet', 'Takit']);
  });

  it('drops sizes, colours and stores that do not exist instead of matching nothing', async () => {
    const view = (await getCategoryView({
      slug: 'vaatteet',
      locale: 'fi',
      filters: parseCategoryFilters({ size: ['M', 'XXXL'], colour: 'violetti', store: 'kuu' }),
    }))!;
    expect(view.filters).toMatchObject({ sizes: ['M'], colours: [], store: null });
    expect(view.products.items.map((p) => p.name)).toEqual(['Untuvatakki', 'Sadetakki']);
  });

  it('is null for a category that does not exist', async () => {
    expect(await getCategoryView({ slug: 'ei-ole', locale: 'fi', filters: DEFAULT_FILTERS })).toBeNull();
  });
});
