import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { productCardSelect, toProductCards, visibleProduct } from './product-card-query';
import type { ProductCardData } from './types';

/** Products the shopkeeper has chosen to feature, newest first. */
export async function listFeaturedProducts(input: { locale: AppLocale; limit?: number }): Promise<ProductCardData[]> {
  const rows = await prisma.product.findMany({
    where: { ...visibleProduct, featured: true },
    select: productCardSelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: input.limit ?? 8,
  });
  return toProductCards(rows, input.locale);
}
