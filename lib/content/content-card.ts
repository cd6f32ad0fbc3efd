// The one Prisma select behind every content card (index pages, related content, the home page,
// event cards), and its mapping to ContentCard. Dates are ISO strings: cards are kept in Next's
// data cache, which stores JSON.
import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { PublicContentType } from './content-paths';

export type ContentCard = {
  id: string;
  type: PublicContentType;
  locale: AppLocale;
  slug: string;
  title: string;
  excerpt: string | null;
  coverImageUrl: string | null;
  coverImageAlt: string | null;
  publishedAt: string | null;
  event: {
    startsAt: string;
    endsAt: string;
    cancelled: boolean;
    storeName: string;
    storeCity: string | null;
  } | null;
};

/** Content a reader may see: published stories, guides and event pages. */
export const publicContent = {
  status: 'PUBLISHED',
  type: { in: ['STORY', 'GUIDE', 'EVENT'] },
} satisfies Prisma.ContentWhereInput;

export const contentCardSelect = {
  id: true,
  type: true,
  locale: true,
  slug: true,
  title: true,
  excerpt: true,
  coverImageUrl: true,
  coverImageAlt: true,
  publishedAt: true,
  event: {
    select: { startsAt: true, endsAt: true, status: true, store: { select: { name: true, city: true } } },
  },
} satisfies Prisma.ContentSelect;

export type ContentCardRow = Prisma.ContentGetPayload<{ select: typeof contentCardSelect }>;

export function toContentCard(row: ContentCardRow): ContentCard {
  return {
    id: row.id,
    type: row.type as PublicContentType,
    locale: row.locale,
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    coverImageUrl: row.coverImageUrl,
    coverImageAlt: row.coverImageAlt,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    event: row.event
      ? {
          startsAt: row.event.startsAt.toISOString(),
          endsAt: row.event.endsAt.toISOString(),
          cancelled: row.event.status === 'CANCELLED',
          storeName: row.event.store.name,
          storeCity: row.event.store.city,
        }
      : null,
  };
}
