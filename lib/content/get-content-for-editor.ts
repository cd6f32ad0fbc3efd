import 'server-only';
import { prisma } from '@/lib/db';
import { readContentBody, type ContentBlock } from './blocks';
import type { EditableContentType } from './content-schemas';
import type { AdminContentStatus } from './list-admin-content';

export type EditorContent = {
  id: string;
  type: EditableContentType;
  locale: 'fi' | 'en';
  status: AdminContentStatus;
  slug: string;
  title: string;
  excerpt: string | null;
  coverImageUrl: string | null;
  coverImageAlt: string | null;
  body: ContentBlock[];
  tagIds: string[];
  scheduledAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  event: {
    id: string;
    storeId: string;
    startsAt: Date;
    endsAt: Date;
    capacity: number;
    status: 'SCHEDULED' | 'CANCELLED';
    featuredProducts: { id: string; slug: string; nameFi: string; nameEn: string }[];
  } | null;
  translation: { id: string; locale: 'fi' | 'en'; status: AdminContentStatus; slug: string } | null;
  /** Names of the products the body points at (by slug), for the editor's product blocks. */
  productNames: Record<string, { nameFi: string; nameEn: string }>;
};

/** One language version as the editor shows it, or null (no such story, guide or event page). */
export async function getContentForEditor(id: string): Promise<EditorContent | null> {
  const content = await prisma.content.findUnique({
    where: { id },
    include: {
      tags: { select: { tagId: true } },
      event: { include: { featuredProducts: { orderBy: { position: 'asc' }, include: { product: { select: { id: true, slug: true, nameFi: true, nameEn: true } } } } } },
    },
  });
  if (!content || content.type === 'PAGE') return null;
  const translation = await prisma.content.findFirst({
    where: { translationGroupId: content.translationGroupId, NOT: { id: content.id } },
    select: { id: true, locale: true, status: true, slug: true },
  });
  const body = readContentBody(content.body);
  const slugs = body.flatMap((block) =>
    block.type === 'productCard' ? [block.productSlug] : block.type === 'productGrid' ? (block.productSlugs ?? []) : [],
  );
  const products = slugs.length
    ? await prisma.product.findMany({ where: { slug: { in: slugs } }, select: { slug: true, nameFi: true, nameEn: true } })
    : [];
  const { event } = content;
  return {
    id: content.id,
    type: content.type,
    locale: content.locale,
    status: content.status,
    slug: content.slug,
    title: content.title,
    excerpt: content.excerpt,
    coverImageUrl: content.coverImageUrl,
    coverImageAlt: content.coverImageAlt,
    body,
    tagIds: content.tags.map((tag) => tag.tagId),
    scheduledAt: content.scheduledAt,
    publishedAt: content.publishedAt,
    updatedAt: content.updatedAt,
    event: event
      ? {
          id: event.id,
          storeId: event.storeId,
          startsAt: event.startsAt,
          endsAt: event.endsAt,
          capacity: event.capacity,
          status: event.status,
          featuredProducts: event.featuredProducts.map((featured) => featured.product),
        }
      : null,
    translation,
    productNames: Object.fromEntries(products.map((p) => [p.slug, { nameFi: p.nameFi, nameEn: p.nameEn }])),
  };
}
