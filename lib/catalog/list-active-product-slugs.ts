import 'server-only';
import { prisma } from '@/lib/db';
import { visibleProduct } from './product-card-query';

/**
 * Slugs of visible products to prerender at build time: featured first, then the newest, at
 * most `limit` (a big catalog renders the rest on first visit, then serves them from cache).
 */
export async function listActiveProductSlugs(limit: number): Promise<string[]> {
  const rows = await prisma.product.findMany({
    where: visibleProduct,
    select: { slug: true },
    orderBy: [{ featured: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }],
    take: limit,
  });
  return rows.map((row) => row.slug);
}
