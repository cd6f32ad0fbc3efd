// Stories, guides and tags for the public pages' tests. Event pages: createEvent in ./events.
import { prisma } from '@/lib/db';
import type { ContentBlockInput } from '@/lib/content/blocks';

let sequence = 0;
const unique = () => `${process.pid}-${Date.now()}-${++sequence}`;

/** A tag shared by products and content, with a unique slug unless given. */
export async function createTag(options: { slug?: string; nameFi?: string; nameEn?: string } = {}) {
  const key = unique();
  return prisma.tag.create({
    data: { slug: options.slug ?? `aihe-${key}`, nameFi: options.nameFi ?? `Aihe ${sequence}`, nameEn: options.nameEn ?? `Topic ${sequence}` },
  });
}

export type ContentOptions = {
  type?: 'STORY' | 'GUIDE' | 'EVENT';
  status?: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED';
  locale?: 'fi' | 'en';
  slug?: string;
  title?: string;
  excerpt?: string;
  body?: ContentBlockInput[];
  /** Default: now for PUBLISHED, null otherwise. */
  publishedAt?: Date | null;
  scheduledAt?: Date | null;
  /** The other language's version shares this. */
  translationGroupId?: string;
  eventId?: string;
  authorId?: string;
  tagIds?: string[];
};

/** A story (published unless told otherwise) with a unique slug. */
export async function createContent(options: ContentOptions = {}) {
  const key = unique();
  const status = options.status ?? 'PUBLISHED';
  return prisma.content.create({
    data: {
      type: options.type ?? 'STORY',
      status,
      locale: options.locale ?? 'fi',
      slug: options.slug ?? `juttu-${key}`,
      title: options.title ?? `Juttu ${sequence}`,
      excerpt: options.excerpt ?? null,
      body: options.body ?? [{ type: 'text', html: '<p>Teksti.</p>' }],
      publishedAt: options.publishedAt !== undefined ? options.publishedAt : status === 'PUBLISHED' ? new Date() : null,
      scheduledAt: options.scheduledAt ?? null,
      ...(options.translationGroupId ? { translationGroupId: options.translationGroupId } : {}),
      eventId: options.eventId ?? null,
      authorId: options.authorId ?? null,
      tags: options.tagIds ? { create: options.tagIds.map((tagId) => ({ tagId })) } : undefined,
    },
  });
}

/** Gives existing content (e.g. an event page from createEvent) these tags. */
export async function tagContent(contentId: string, tagIds: string[]) {
  await prisma.contentTag.createMany({ data: tagIds.map((tagId) => ({ contentId, tagId })) });
}

/** A Finnish and an English version of one story, sharing a translation group. */
export async function createTranslatedContent(fi: ContentOptions = {}, en: ContentOptions = {}) {
  const translationGroupId = crypto.randomUUID();
  const fiRow = await createContent({ ...fi, locale: 'fi', translationGroupId });
  const enRow = await createContent({ type: fi.type, ...en, locale: 'en', translationGroupId });
  return { fi: fiRow, en: enRow };
}
