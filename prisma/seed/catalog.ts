// Categories, tags, products with their variants, images and tags, all in bulk.
import { inStoreEan } from '../../lib/catalog/in-store-code';
import { CATEGORIES, TAGS } from './catalog-data';
import type { ProductSeed } from './catalog-data/types';
import { newId } from './ids';
import { PRODUCT_IMAGE_SIZE, productImageUrl } from './images';
import type { SeedDb } from './types';

export type SeededVariant = { id: string; sku: string; productSlug: string };
export type SeededCatalog = {
  productIds: Map<string, string>;
  tagIds: Map<string, string>;
  variants: SeededVariant[];
  categories: number;
};

function variantsOf(product: ProductSeed) {
  return product.variants?.length ? product.variants : [{}];
}

export async function seedCatalog(db: SeedDb): Promise<SeededCatalog> {
  const tagIds = new Map(TAGS.map((tag) => [tag.slug, newId('tag', tag.slug)]));
  await db.tag.createMany({ data: TAGS.map((tag) => ({ id: tagIds.get(tag.slug)!, ...tag })) });

  const categories = CATEGORIES.map((category, position) => ({ id: newId('category', category.slug), position, category }));
  await db.category.createMany({
    data: categories.map(({ id, position, category }) => ({
      id,
      position,
      slug: category.slug,
      nameFi: category.nameFi,
      nameEn: category.nameEn,
      descriptionFi: category.descriptionFi,
      descriptionEn: category.descriptionEn,
    })),
  });

  const productIds = new Map<string, string>();
  const products = [];
  const productTags = [];
  const images = [];
  const variants = [];
  const seeded: SeededVariant[] = [];
  for (const { id: categoryId, category } of categories) {
    for (const [index, product] of category.products.entries()) {
      const productId = newId('product', product.slug);
      productIds.set(product.slug, productId);
      products.push({
        id: productId,
        slug: product.slug,
        nameFi: product.nameFi,
        nameEn: product.nameEn,
        descriptionFi: product.descriptionFi,
        descriptionEn: product.descriptionEn,
        categoryId,
        status: product.draft ? ('DRAFT' as const) : ('ACTIVE' as const),
        finalSale: product.finalSale ?? false,
        featured: product.featured ?? false,
        vendor: product.vendor ?? null,
      });
      productTags.push(...(product.tags ?? []).map((tag) => ({ productId, tagId: tagIds.get(tag)! })));
      images.push({
        productId,
        url: productImageUrl(product.slug),
        altFi: `Piirroskuva: ${product.nameFi}`,
        altEn: `Illustration: ${product.nameEn}`,
        position: 0,
        ...PRODUCT_IMAGE_SIZE,
      });
      const options = variantsOf(product);
      for (const [position, variant] of options.entries()) {
        const baseSku = `PP-${category.code}-${String(index + 1).padStart(3, '0')}`;
        const sku = options.length > 1 ? `${baseSku}-${position + 1}` : baseSku;
        const id = newId('variant', sku);
        variants.push({
          id,
          productId,
          sku,
          ean: inStoreEan(variants.length + 1),
          priceCents: variant.priceCents ?? product.priceCents,
          compareAtCents: product.compareAtCents ?? null,
          vatRateBp: product.vatRateBp ?? category.vatRateBp,
          size: variant.size ?? null,
          colour: variant.colour ?? null,
          position,
        });
        seeded.push({ id, sku, productSlug: product.slug });
      }
    }
  }
  await db.product.createMany({ data: products });
  await db.productTag.createMany({ data: productTags });
  await db.productImage.createMany({ data: images });
  await db.productVariant.createMany({ data: variants });
  // The shop's own codes drawn later (products saved without a barcode) follow the demo's.
  if (variants.length > 0) await db.$queryRaw`SELECT setval('in_store_code_seq', ${variants.length}::bigint)`;
  return { productIds, tagIds, variants: seeded, categories: categories.length };
}
