import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import type { Prisma } from '@/lib/generated/prisma/client';
import { readContentBody } from './blocks';
import type { PublicContentType } from './content-paths';
import type { ContentView } from './types';

export type ContentViewWhere = { id: string } | { type: PublicContentType; locale: AppLocale; slug: string };

export type GetContentViewOptions = {
  /** false on public pages (only PUBLISHED is shown); true for the owner's preview, after requireOwner. */
  includeUnpublished: boolean;
};

const contentViewSelect = {
  id: true,
  type: true,
  status: true,
  locale: true,
  slug: true,
  title: true,
  excerpt: true,
  coverImageUrl: true,
  coverImageAlt: true,
  body: true,
  publishedAt: true,
  updatedAt: true,
  translationGroupId: true,
  author: { select: { name: true } },
  tags: { select: { tag: { select: { slug: true, nameFi: true, nameEn: true } } } },
  event: {
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      status: true,
      store: { select: { id: true, slug: true, name: true, street: true, postalCode: true, city: true, latitude: true, longitude: true } },
      featuredProducts: { select: { product: { select: { slug: true } } }, orderBy: [{ position: 'asc' }, { productId: 'asc' }] },
    },
  },
} satisfies Prisma.ContentSelect;

/**
 * One language version of a story, guide or event page as its page shows it, or null when there
 * is none (or it is not published and unpublished content was not asked for).
 */
export async function getContentView(where: ContentViewWhere, options: GetContentViewOptions): Promise<ContentView | null> {
  const visible: Prisma.ContentWhereInput = options.includeUnpublished ? {} : { status: 'PUBLISHED' };
  const row = await prisma.content.findFirst({
    where:
      'id' in where
        ? { id: where.id, type: { not: 'PAGE' }, ...visible }
        : { type: where.type, locale: where.locale, slug: where.slug, ...visible },
    select: contentViewSelect,
  });
  if (!row || row.type === 'PAGE') return null;

  const translation = await prisma.content.findFirst({
    where: { translationGroupId: row.translationGroupId, locale: { not: row.locale }, ...visible },
    select: { locale: true, slug: true },
  });

  return {
    id: row.id,
    type: row.type,
    status: row.status,
    locale: row.locale,
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    coverImageUrl: row.coverImageUrl,
    coverImageAlt: row.coverImageAlt,
    body: readContentBody(row.body),
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    authorName: row.author?.name ?? null,
    tags: row.tags
      .map(({ tag }) => ({ slug: tag.slug, name: row.locale === 'fi' ? tag.nameFi : tag.nameEn }))
      .sort((a, b) => a.name.localeCompare(b.name, row.locale)),
    translation,
    event: row.event
      ? {
          id: row.event.id,
          startsAt: row.event.startsAt,
          endsAt: row.event.endsAt,
          capacity: row.event.capacity,
          status: row.event.status,
          store: row.event.store,
          featuredProductSlugs: row.event.featuredProducts.map((f) => f.product.slug),
        }
      : null,
  };
}
