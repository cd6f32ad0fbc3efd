// The products a product card or grid block shows on a story: the chosen ones in the writer's
// order, or the newest of a category or tag; a product no longer for sale is simply left out.
import '../support/test-database';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { loadBlockProducts } from '@/lib/content/load-block-products';
import { createCategory, createProduct } from '../support/factories/catalog';
import { createTag } from '../support/factories/content';

describe('loadBlockProducts', () => {
  it('keeps the chosen order and leaves out products that are not for sale', async () => {
    const mug = await createProduct({ nameFi: 'Kuksa', variants: [{ priceCents: 4900, size: 'M' }, { priceCents: 3900, size: 'S' }] });
    const archived = await createProduct({ status: 'ARCHIVED' });
    const draft = await createProduct({ status: 'DRAFT' });
    const nothingToSell = await createProduct({ variants: [{ active: false }] });
    const board = await createProduct({ nameEn: 'Cutting board' });

    const products = await loadBlockProducts(
      { productSlugs: [board.slug, archived.slug, mug.slug, draft.slug, nothingToSell.slug, 'no-such-product'] },
      'en',
    );

    expect(products.map((p) => p.slug)).toEqual([board.slug, mug.slug]);
    expect(products[0].name).toBe('Cutting board');
    // The card shows the lowest price ("from"); the variants keep their shop order for the buyer.
    expect(products[1]).toMatchObject({ priceCents: 3900, priceVaries: true });
    expect(products[1].variants.map((v) => [v.size, v.priceCents])).toEqual([
      ['M', 4900],
      ['S', 3900],
    ]);
    expect(products[1].variants[0]).toEqual({
      id: mug.variants[0].id,
      sku: mug.variants[0].sku,
      size: 'M',
      colour: null,
      priceCents: 4900,
      compareAtCents: null,
      vatRateBp: 2550,
    });
  });

  it('shows the newest products of a category and its subcategories, up to the limit', async () => {
    const parent = await createCategory();
    const child = await createCategory({ parentId: parent.id });
    const elsewhere = await createCategory();
    const oldest = await createProduct({ categoryId: parent.id, createdAt: new Date('2026-01-01') });
    const newest = await createProduct({ categoryId: child.id, createdAt: new Date('2026-03-01') });
    const middle = await createProduct({ categoryId: parent.id, createdAt: new Date('2026-02-01') });
    await createProduct({ categoryId: child.id, status: 'ARCHIVED', createdAt: new Date('2026-04-01') });
    await createProduct({ categoryId: elsewhere.id });

    const two = await loadBlockProducts({ categorySlug: parent.slug, limit: 2 }, 'fi');
    const all = await loadBlockProducts({ categorySlug: parent.slug, limit: 10 }, 'fi');

    expect(two.map((p) => p.id)).toEqual([newest.id, middle.id]);
    expect(all.map((p) => p.id)).toEqual([newest.id, middle.id, oldest.id]);
    expect(await loadBlockProducts({ categorySlug: 'no-such-category', limit: 4 }, 'fi')).toEqual([]);
  });

  it('shows the newest products with a tag', async () => {
    const tag = await createTag();
    const tagged = await createProduct();
    await createProduct();
    await prisma.productTag.create({ data: { productId: tagged.id, tagId: tag.id } });

    const products = await loadBlockProducts({ tagSlug: tag.slug, limit: 8 }, 'fi');

    expect(products.map((p) => p.id)).toEqual([tagged.id]);
  });
});
