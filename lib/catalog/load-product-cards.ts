import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { productCardSelect, toProductCards, visibleProduct } from './product-card-query';
import type { ProductCardData } from './types';

/**
 * Cards for the products `ids`, in the same order. Products a shopper may not see (draft,
 * archived, nothing active to sell) are left out. Content blocks and listings use it.
 */
export async function loadProductCards(ids: readonly string[], locale: AppLocale): Promise<ProductCardData[]> {
  if (ids.length === 0) return [];
  const rows = await prisma.product.findMany({
    where: { id: { in: [...ids] }, ...visibleProduct },
    select: productCardSelect,
  });
  const order = new Map(ids.map((id, index) => [id, index]));
  rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return toProductCards(rows, locale);
}
