// Writes a piece of content in Finnish and English: two rows sharing a translation group,
// a cover picture, and the interest tags it belongs to.
import type { PictureShape } from './catalog-data/types';
import { newId } from './ids';
import { contentImageUrl } from './images';
import type { ContentBlock, SeedDb } from './types';

export type LocalizedContent = { slug: string; title: string; excerpt: string; body: ContentBlock[] };

export type ContentGroupSeed = {
  /** Names the cover picture: public/demo/content/<key>.svg */
  key: string;
  shape: PictureShape;
  tags: string[];
  fi: LocalizedContent;
  en: LocalizedContent;
};

export type ContentContext = { tagIds: Map<string, string>; authorId: string | null };

export async function insertContentGroup(
  db: SeedDb,
  context: ContentContext,
  group: ContentGroupSeed,
  fields: { type: 'STORY' | 'GUIDE' | 'EVENT' | 'PAGE'; publishedAt: Date; eventId?: string },
): Promise<void> {
  const translationGroupId = newId('content', fields.type, group.fi.slug);
  const rows = (['fi', 'en'] as const).map((locale) => ({
    id: newId('content', fields.type, group.fi.slug, locale),
    type: fields.type,
    status: 'PUBLISHED' as const,
    locale,
    translationGroupId,
    slug: group[locale].slug,
    title: group[locale].title,
    excerpt: group[locale].excerpt,
    body: group[locale].body,
    coverImageUrl: contentImageUrl(group.key),
    coverImageAlt: locale === 'fi' ? `Piirroskuva: ${group.fi.title}` : `Illustration: ${group.en.title}`,
    eventId: fields.eventId ?? null,
    authorId: context.authorId,
    publishedAt: fields.publishedAt,
  }));
  await db.content.createMany({ data: rows });
  await db.contentTag.createMany({
    data: rows.flatMap((row) => group.tags.map((tag) => ({ contentId: row.id, tagId: context.tagIds.get(tag)! }))),
  });
}
