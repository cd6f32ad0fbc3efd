import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { pageCount, type Page } from '@/lib/catalog/pagination';
import type { Prisma } from '@/lib/generated/prisma/client';
import { contentCardSelect, toContentCard, type ContentCard } from './content-card';

export const CONTENT_PER_PAGE = 12;

export type ListContentIndexInput = {
  type: 'STORY' | 'GUIDE';
  locale: AppLocale;
  /** Only content with this tag. */
  tagSlug?: string | null;
  /** 1-based. */
  page?: number;
  perPage?: number;
};

/** A page of a section's index: published stories or guides in one language, newest first. */
export async function listContentIndex(input: ListContentIndexInput): Promise<Page<ContentCard>> {
  const perPage = input.perPage ?? CONTENT_PER_PAGE;
  const page = Math.max(1, input.page ?? 1);
  const where: Prisma.ContentWhereInput = {
    type: input.type,
    locale: input.locale,
    status: 'PUBLISHED',
    ...(input.tagSlug ? { tags: { some: { tag: { slug: input.tagSlug } } } } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.content.findMany({
      where,
      select: contentCardSelect,
      orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
      skip: (page - 1) * perPage,
      take: perPage,
    }),
    prisma.content.count({ where }),
  ]);
  return { items: rows.map(toContentCard), total, page, pageCount: pageCount(total, perPage) };
}
