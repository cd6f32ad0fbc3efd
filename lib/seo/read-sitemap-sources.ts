// What the sitemap lists, read small (addresses and dates only, dates as ISO strings) so that a
// big catalog still fits in Next's data cache: shown products, categories, and published
// stories, guides and events with their translation group.
import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { visibleProduct } from '@/lib/catalog/product-card-query';
import type { PublicContentType } from '@/lib/content/content-paths';
import { prisma } from '@/lib/db';

export type SitemapSources = {
  /** [slug, lastModified] */
  products: [string, string][];
  categories: [string, string][];
  content: { type: PublicContentType; locale: AppLocale; slug: string; group: string; lastModified: string }[];
};

export async function readSitemapSources(): Promise<SitemapSources> {
  const [products, categories, content] = await Promise.all([
    prisma.product.findMany({ where: visibleProduct, select: { slug: true, updatedAt: true }, orderBy: { slug: 'asc' } }),
    prisma.category.findMany({ select: { slug: true, updatedAt: true }, orderBy: [{ position: 'asc' }, { slug: 'asc' }] }),
    prisma.content.findMany({
      where: { status: 'PUBLISHED', type: { in: ['STORY', 'GUIDE', 'EVENT'] } },
      select: { type: true, locale: true, slug: true, translationGroupId: true, updatedAt: true },
      orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    }),
  ]);
  return {
    products: products.map((p) => [p.slug, p.updatedAt.toISOString()]),
    categories: categories.map((c) => [c.slug, c.updatedAt.toISOString()]),
    content: content.map((c) => ({
      type: c.type as PublicContentType,
      locale: c.locale,
      slug: c.slug,
      group: c.translationGroupId,
      lastModified: c.updatedAt.toISOString(),
    })),
  };
}
