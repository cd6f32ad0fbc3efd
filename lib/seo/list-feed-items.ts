// The newest published stories and guides of one language, for the RSS and Atom feeds. Dates as
// ISO strings (the result is kept in Next's data cache, which stores JSON).
import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import type { PublicContentType } from '@/lib/content/content-paths';
import { prisma } from '@/lib/db';

export const FEED_SIZE = 30;

export type FeedItemData = {
  id: string;
  type: PublicContentType;
  slug: string;
  title: string;
  excerpt: string | null;
  coverImageUrl: string | null;
  publishedAt: string;
  updatedAt: string;
  authorName: string | null;
  tags: string[];
};

export async function listFeedItems(locale: AppLocale, limit = FEED_SIZE): Promise<FeedItemData[]> {
  const rows = await prisma.content.findMany({
    where: { locale, status: 'PUBLISHED', type: { in: ['STORY', 'GUIDE'] }, publishedAt: { not: null } },
    select: {
      id: true,
      type: true,
      slug: true,
      title: true,
      excerpt: true,
      coverImageUrl: true,
      publishedAt: true,
      updatedAt: true,
      author: { select: { name: true } },
      tags: { select: { tag: { select: { nameFi: true, nameEn: true } } } },
    },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take: limit,
  });
  return rows.map((row) => ({
    id: row.id,
    type: row.type as PublicContentType,
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    coverImageUrl: row.coverImageUrl,
    publishedAt: row.publishedAt!.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    authorName: row.author?.name ?? null,
    tags: row.tags.map(({ tag }) => (locale === 'fi' ? tag.nameFi : tag.nameEn)).sort((a, b) => a.localeCompare(b, locale)),
  }));
}
