import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { productCardSelect, toProductCards, visibleProduct } from './product-card-query';
import type { ProductCardData } from './types';

/** The newest products in the shop (home page "Uutuudet"). */
export async function listNewProducts(input: { locale: AppLocale; limit?: number }): Promise<ProductCardData[]> {
  const rows = await prisma.product.findMany({
    where: visibleProduct,
    select: productCardSelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: input.limit ?? 8,
  });
  return toProductCards(rows, input.locale);
}
