import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { pageCount, type Page } from '@/lib/catalog/pagination';
import type { Prisma } from '@/lib/generated/prisma/client';
import { contentCardSelect, toContentCard, type ContentCard } from './content-card';
import { CONTENT_PER_PAGE } from './list-content-index';

/** An event index shows at most this many coming events (a small shop has far fewer). */
const MAX_UPCOMING = 100;

export type ListEventIndexInput = {
  locale: AppLocale;
  tagSlug?: string | null;
  /** 1-based page of the past events. */
  page?: number;
  perPage?: number;
  now: Date;
};

export type EventIndex = {
  /** Events not yet over (cancelled ones too, marked), soonest first. */
  upcoming: ContentCard[];
  /** Events that are over, latest first, paginated. */
  past: Page<ContentCard>;
};

/** The published event pages of one language: coming events first, past ones in their own list. */
export async function listEventIndex(input: ListEventIndexInput): Promise<EventIndex> {
  const perPage = input.perPage ?? CONTENT_PER_PAGE;
  const page = Math.max(1, input.page ?? 1);
  const base: Prisma.ContentWhereInput = {
    type: 'EVENT',
    locale: input.locale,
    status: 'PUBLISHED',
    ...(input.tagSlug ? { tags: { some: { tag: { slug: input.tagSlug } } } } : {}),
  };
  const pastWhere: Prisma.ContentWhereInput = { ...base, event: { endsAt: { lt: input.now } } };
  const [upcoming, past, pastTotal] = await Promise.all([
    prisma.content.findMany({
      where: { ...base, event: { endsAt: { gte: input.now } } },
      select: contentCardSelect,
      orderBy: [{ event: { startsAt: 'asc' } }, { id: 'asc' }],
      take: MAX_UPCOMING,
    }),
    prisma.content.findMany({
      where: pastWhere,
      select: contentCardSelect,
      orderBy: [{ event: { startsAt: 'desc' } }, { id: 'asc' }],
      skip: (page - 1) * perPage,
      take: perPage,
    }),
    prisma.content.count({ where: pastWhere }),
  ]);
  return {
    upcoming: upcoming.map(toContentCard),
    past: { items: past.map(toContentCard), total: pastTotal, page, pageCount: pageCount(pastTotal, perPage) },
  };
}
