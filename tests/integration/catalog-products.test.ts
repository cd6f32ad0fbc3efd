import '../support/test-database';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { prisma } from '@/lib/db';
import { getProductPage } from '@/lib/catalog/get-product-page';
import { listActiveProductSlugs } from '@/lib/catalog/list-active-product-slugs';
import { listFeaturedProducts } from '@/lib/catalog/list-featured-products';
import { listNewProducts } from '@/lib/catalog/list-new-products';
import { listRelatedProducts } from '@/lib/catalog/list-related-products';
import { loadProductCards } from '@/lib/catalog/load-product-cards';
import { productCardColumns, productCardSelect, type ProductCardRow } from '@/lib/catalog/product-card-query';
import { revalidateCatalog, revalidateProducts } from '@/lib/catalog/revalidate-catalog';
import { readDatabaseShape } from '../support/database-model';
import { getDatamodel } from '../support/prisma-dmmf';
import { diffShapes, shapeFromDatamodel } from '../support/schema-model';
import { testDatabaseUrl } from '../support/test-database';
import { createCategory, createProduct } from '../support/factories/catalog';

const revalidated = vi.hoisted(() => [] as { tag: string; profile: unknown }[]);
vi.mock('next/cache', () => ({
  revalidateTag: (tag: string, profile: unknown) => revalidated.push({ tag, profile }),
}));

const day = (n: number) => new Date(Date.UTC(2026, 0, n));
let home: { id: string };
let textiles: { id: string };
let linenTowel: Awaited<ReturnType<typeof createProduct>>;
let blanket: Awaited<ReturnType<typeof createProduct>>;

beforeAll(async () => {
  home = await createCategory({ slug: 'koti', nameFi: 'Koti', nameEn: 'Home' });
  textiles = await createCategory({ slug: 'tekstiilit', nameFi: 'Tekstiilit', nameEn: 'Textiles', parentId: home.id });
  linenTowel = await createProduct({
    slug: 'pellavapyyhe',
    nameFi: 'Pellavapyyhe',
    nameEn: 'Linen towel',
    descriptionFi: 'Kuivaa hyvin.',
    descriptionEn: 'Dries well.',
    vendor: 'Kutomo Aalto',
    finalSale: true,
    categoryId: textiles.id,
    createdAt: day(3),
    variants: [
      { colour: 'harmaa', priceCents: 2900, compareAtCents: 3500 },
      { colour: 'valkoinen', priceCents: 2900, active: false },
      { colour: 'luonnonvalkoinen', priceCents: 3200 },
    ],
  });
  await prisma.productImage.createMany({
    data: [
      { productId: linenTowel.id, url: '/b.svg', altFi: 'Toinen', altEn: 'Second', position: 2 },
      { productId: linenTowel.id, url: '/a.svg', altFi: 'Ensimmäinen', altEn: 'First', position: 1, width: 400, height: 400 },
    ],
  });
  blanket = await createProduct({ slug: 'villahuopa', nameFi: 'Villahuopa', nameEn: 'Wool blanket', categoryId: textiles.id, featured: true, createdAt: day(2) });
  await createProduct({ slug: 'tyyny', nameFi: 'Tyyny', nameEn: 'Cushion', categoryId: textiles.id, createdAt: day(1) });
  await createProduct({ slug: 'luonnos', nameFi: 'Luonnos', nameEn: 'Draft', categoryId: textiles.id, status: 'DRAFT', featured: true, createdAt: day(9) });
  await createProduct({ slug: 'ei-myytava', nameFi: 'Ei myytävä', nameEn: 'Not sold', featured: true, createdAt: day(8), variants: [{ active: false }] });
});

describe('product cards and lists', () => {
  it('list the newest visible products, and the featured ones', async () => {
    const newest = await listNewProducts({ locale: 'fi', limit: 50 });
    const slugs = newest.map((p) => p.slug);
    expect(slugs.slice(0, 3)).toEqual(['pellavapyyhe', 'villahuopa', 'tyyny']);
    expect(slugs).not.toContain('luonnos');
    expect(slugs).not.toContain('ei-myytava');
    expect((await listFeaturedProducts({ locale: 'en' })).map((p) => p.name)).toEqual(['Wool blanket']);
  });

  it('give a card the cheapest active price, "from" when prices differ, the sale price and the first picture', async () => {
    const [card] = await loadProductCards([linenTowel.id], 'en');
    expect(card).toEqual({
      id: linenTowel.id,
      slug: 'pellavapyyhe',
      name: 'Linen towel',
      priceCents: 2900,
      priceVaries: true,
      compareAtCents: 3500,
      image: { url: '/a.svg', alt: 'First', width: 400, height: 400 },
    });
  });

  it('keep the order they are asked in and leave out what a shopper may not see', async () => {
    const draft = await prisma.product.findUniqueOrThrow({ where: { slug: 'luonnos' } });
    const cards = await loadProductCards([blanket.id, draft.id, linenTowel.id], 'fi');
    expect(cards.map((c) => c.slug)).toEqual(['villahuopa', 'pellavapyyhe']);
    expect(await loadProductCards([], 'fi')).toEqual([]);
  });

  it('are the same rows from the raw SQL columns as from the Prisma select (search uses the former)', async () => {
    const ids = [linenTowel.id, blanket.id];
    const viaPrisma = await prisma.product.findMany({ where: { id: { in: ids } }, select: productCardSelect, orderBy: { slug: 'asc' } });
    const viaSql = await prisma.$queryRaw<ProductCardRow[]>`
      SELECT ${productCardColumns} FROM products p WHERE p.id IN (${linenTowel.id}::uuid, ${blanket.id}::uuid) ORDER BY p.slug`;
    expect(viaPrisma[0].variants.length).toBe(2);
    expect(viaSql).toEqual(viaPrisma);
  });

  it('list related products of the same category, featured first, never the product itself', async () => {
    const related = await listRelatedProducts({ productId: linenTowel.id, categoryId: textiles.id, locale: 'fi' });
    expect(related.map((p) => p.slug)).toEqual(['villahuopa', 'tyyny']);
  });

  it('prerender the featured products first', async () => {
    const slugs = await listActiveProductSlugs(2);
    expect(slugs).toEqual(['villahuopa', 'pellavapyyhe']);
  });
});

describe('getProductPage', () => {
  it('gives the product in the shopper’s language with its active variants, pictures and category path', async () => {
    const page = (await getProductPage({ slug: 'pellavapyyhe', locale: 'fi' }))!;
    expect(page).toMatchObject({
      id: linenTowel.id,
      name: 'Pellavapyyhe',
      description: 'Kuivaa hyvin.',
      vendor: 'Kutomo Aalto',
      finalSale: true,
      categoryPath: [
        { id: home.id, slug: 'koti', name: 'Koti' },
        { id: textiles.id, slug: 'tekstiilit', name: 'Tekstiilit' },
      ],
    });
    expect(page.images.map((i) => i.alt)).toEqual(['Ensimmäinen', 'Toinen']);
    expect(page.variants.map((v) => [v.colour, v.priceCents, v.compareAtCents, v.vatRateBp])).toEqual([
      ['harmaa', 2900, 3500, 2550],
      ['luonnonvalkoinen', 3200, null, 2550],
    ]);
    expect(JSON.parse(JSON.stringify(page))).toEqual(page); // plain JSON: fits Next's data cache
  });

  it('is null for drafts, archived products and unknown slugs', async () => {
    expect(await getProductPage({ slug: 'luonnos', locale: 'fi' })).toBeNull();
    expect(await getProductPage({ slug: 'ei-myytava', locale: 'fi' })).toBeNull();
    expect(await getProductPage({ slug: 'ei-ole', locale: 'fi' })).toBeNull();
  });
});

describe('revalidating the catalog after a write', () => {
  it('expires the products’ pages, their categories up to the top, and the product lists at once', async () => {
    revalidated.length = 0;
    await revalidateProducts([linenTowel.id, linenTowel.id]);
    expect(revalidated.map((r) => r.tag).sort()).toEqual(
      [`category:${home.id}`, `category:${textiles.id}`, `product-slug:pellavapyyhe`, `product:${linenTowel.id}`, 'product-lists'].sort(),
    );
    expect(revalidated.every((r) => JSON.stringify(r.profile) === JSON.stringify({ expire: 0 }))).toBe(true);
  });

  it('still expires a deleted product’s page and the lists', async () => {
    revalidated.length = 0;
    await revalidateProducts(['00000000-0000-4000-8000-000000000000']);
    expect(revalidated.map((r) => r.tag).sort()).toEqual(['product-lists', 'product:00000000-0000-4000-8000-000000000000']);
  });

  it('expires everything the catalog caches', () => {
    revalidated.length = 0;
    revalidateCatalog();
    expect(revalidated).toEqual([{ tag: 'catalog', profile: { expire: 0 } }]);
  });
});

describe('the generated search columns in schema.prisma', () => {
  it('are checked by the drift test like any other column', async () => {
    const schema = readFileSync('prisma/schema.prisma', 'utf8');
    const database = await readDatabaseShape(testDatabaseUrl);
    const drift = (text: string) => diffShapes(shapeFromDatamodel(getDatamodel(text)), database);
    expect(drift(schema)).toEqual([]);
    const withoutSearchFi = schema.replace(/^\s*searchFi\s.*$/m, '').replace(/^\s*@@index\(\[searchFi\].*$/m, '');
    expect(drift(withoutSearchFi)).toEqual([
      'column products.search_fi is in the database but not in schema.prisma',
      'products: INDEX (search_fi) is in the database but not in schema.prisma',
    ]);
    expect(drift(schema.replace('Unsupported("tsvector")? @default(dbgenerated()) @map("search_en")', 'Unsupported("text")? @map("search_en")'))).toEqual([
      'products.search_en: type is text in schema.prisma but tsvector in the database',
      'products.search_en: has no default in schema.prisma but has a default in the database',
    ]);
  });
});
