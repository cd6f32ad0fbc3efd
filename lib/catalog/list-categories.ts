import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import type { CategoryNode } from './category-tree';
import { visibleProduct } from './product-card-query';

export type CategoryWithCount = CategoryNode & {
  /** Visible products directly in this category (not in its subcategories). */
  productCount: number;
};

/** Every category, in the shopper's language, with its number of visible products. */
export async function listCategories(locale: AppLocale): Promise<CategoryWithCount[]> {
  const rows = await prisma.category.findMany({
    select: {
      id: true,
      slug: true,
      nameFi: true,
      nameEn: true,
      descriptionFi: true,
      descriptionEn: true,
      parentId: true,
      position: true,
      _count: { select: { products: { where: visibleProduct } } },
    },
    orderBy: [{ position: 'asc' }, { slug: 'asc' }],
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: locale === 'fi' ? row.nameFi : row.nameEn,
    description: (locale === 'fi' ? row.descriptionFi : row.descriptionEn) ?? null,
    parentId: row.parentId,
    position: row.position,
    productCount: row._count.products,
  }));
}
