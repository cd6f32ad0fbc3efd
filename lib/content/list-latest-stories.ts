import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { contentCardSelect, toContentCard, type ContentCard } from './content-card';

/** The newest published stories and guides in one language: the home page. */
export async function listLatestStories(input: { locale: AppLocale; limit?: number }): Promise<ContentCard[]> {
  const rows = await prisma.content.findMany({
    where: { type: { in: ['STORY', 'GUIDE'] }, locale: input.locale, status: 'PUBLISHED' },
    select: contentCardSelect,
    orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
    take: input.limit ?? 3,
  });
  return rows.map(toContentCard);
}
