import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { productCardSelect, toProductCards, visibleProduct } from './product-card-query';
import type { ProductCardData } from './types';

/** Other products of the same category: featured ones first, then the newest. */
export async function listRelatedProducts(input: {
  productId: string;
  categoryId: string;
  locale: AppLocale;
  limit?: number;
}): Promise<ProductCardData[]> {
  const rows = await prisma.product.findMany({
    where: { ...visibleProduct, categoryId: input.categoryId, id: { not: input.productId } },
    select: productCardSelect,
    orderBy: [{ featured: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }],
    take: input.limit ?? 4,
  });
  return toProductCards(rows, input.locale);
}
