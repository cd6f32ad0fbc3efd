import 'server-only';
import { prisma } from '@/lib/db';
import { contentCardSelect, toContentCard, type ContentCard } from './content-card';

/** How many candidates sharing a tag are weighed; a small shop never has more. */
const CANDIDATES = 30;

/**
 * Other published content in the same language that shares tags with this one: most shared tags
 * first, then newest. Events that are over are left out.
 */
export async function listRelatedContent(input: { contentId: string; now: Date; limit?: number }): Promise<ContentCard[]> {
  const content = await prisma.content.findUnique({
    where: { id: input.contentId },
    select: { locale: true, translationGroupId: true, tags: { select: { tagId: true } } },
  });
  if (!content || content.tags.length === 0) return [];
  const tagIds = content.tags.map((t) => t.tagId);
  const rows = await prisma.content.findMany({
    where: {
      id: { not: input.contentId },
      translationGroupId: { not: content.translationGroupId },
      locale: content.locale,
      status: 'PUBLISHED',
      tags: { some: { tagId: { in: tagIds } } },
      OR: [{ type: { in: ['STORY', 'GUIDE'] } }, { type: 'EVENT', event: { endsAt: { gte: input.now } } }],
    },
    select: { ...contentCardSelect, tags: { select: { tagId: true } } },
    orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
    take: CANDIDATES,
  });
  const shared = (row: (typeof rows)[number]) => row.tags.filter((t) => tagIds.includes(t.tagId)).length;
  // Stable sort: rows with as many shared tags keep their newest-first order.
  return rows
    .map((row) => ({ row, score: shared(row) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, input.limit ?? 3)
    .map(({ row }) => toContentCard(row));
}
