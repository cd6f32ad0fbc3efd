import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { subtreeIds } from '@/lib/catalog/category-tree';
import { productCardSelect, toProductCard, visibleProduct } from '@/lib/catalog/product-card-query';
import type { ProductCardData, VariantData } from '@/lib/catalog/types';
import type { Prisma } from '@/lib/generated/prisma/client';

/** A product in a product card or grid block: its card and the variants that can be bought. */
export type BlockProduct = ProductCardData & { variants: VariantData[] };

export type BlockProductSource =
  | { productSlugs: readonly string[] }
  | { categorySlug: string; limit: number }
  | { tagSlug: string; limit: number };

const select = {
  ...productCardSelect,
  variants: {
    where: { active: true },
    select: { id: true, sku: true, size: true, colour: true, priceCents: true, compareAtCents: true, vatRateBp: true, position: true },
    orderBy: [{ priceCents: 'asc' }, { position: 'asc' }],
  },
} satisfies Prisma.ProductSelect;

/**
 * The products of a product block: the chosen ones in the editor's order, or the newest of a
 * category (with its subcategories) or a tag. Products that are not for sale (draft, archived,
 * no active variant) are left out.
 */
export async function loadBlockProducts(source: BlockProductSource, locale: AppLocale): Promise<BlockProduct[]> {
  let where: Prisma.ProductWhereInput;
  let take: number | undefined;
  if ('productSlugs' in source) {
    if (source.productSlugs.length === 0) return [];
    where = { slug: { in: [...source.productSlugs] } };
  } else if ('categorySlug' in source) {
    const categories = await prisma.category.findMany({ select: { id: true, slug: true, parentId: true } });
    const category = categories.find((c) => c.slug === source.categorySlug);
    if (!category) return [];
    where = { categoryId: { in: subtreeIds(categories, category.id) } };
    take = source.limit;
  } else {
    where = { tags: { some: { tag: { slug: source.tagSlug } } } };
    take = source.limit;
  }
  const rows = await prisma.product.findMany({
    where: { ...where, ...visibleProduct },
    select,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take,
  });
  if ('productSlugs' in source) {
    const order = new Map(source.productSlugs.map((slug, index) => [slug, index]));
    rows.sort((a, b) => order.get(a.slug)! - order.get(b.slug)!);
  }
  return rows.flatMap((row) => {
    const card = toProductCard(row, locale);
    if (!card) return [];
    const variants = [...row.variants]
      .sort((a, b) => a.position - b.position || a.sku.localeCompare(b.sku))
      .map((v) => ({ id: v.id, sku: v.sku, size: v.size, colour: v.colour, priceCents: v.priceCents, compareAtCents: v.compareAtCents, vatRateBp: v.vatRateBp }));
    return [{ ...card, variants }];
  });
}
