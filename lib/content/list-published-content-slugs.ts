import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import type { PublicContentType } from './content-paths';

/** Slugs of a section's published content in one language, newest first (generateStaticParams). */
export async function listPublishedContentSlugs(input: { type: PublicContentType; locale: AppLocale; limit: number }): Promise<string[]> {
  const rows = await prisma.content.findMany({
    where: { type: input.type, locale: input.locale, status: 'PUBLISHED' },
    select: { slug: true },
    orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
    take: input.limit,
  });
  return rows.map((row) => row.slug);
}
