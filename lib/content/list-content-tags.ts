import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import type { PublicContentType } from './content-paths';

export type ContentTagLink = { slug: string; name: string; count: number };

/** The tags of a section's published content in one language (the index page's filter), by name. */
export async function listContentTags(input: { type: PublicContentType; locale: AppLocale }): Promise<ContentTagLink[]> {
  const tags = await prisma.tag.findMany({
    where: { contents: { some: { content: { type: input.type, locale: input.locale, status: 'PUBLISHED' } } } },
    select: {
      slug: true,
      nameFi: true,
      nameEn: true,
      _count: { select: { contents: { where: { content: { type: input.type, locale: input.locale, status: 'PUBLISHED' } } } } },
    },
  });
  return tags
    .map((tag) => ({ slug: tag.slug, name: input.locale === 'fi' ? tag.nameFi : tag.nameEn, count: tag._count.contents }))
    .sort((a, b) => a.name.localeCompare(b.name, input.locale));
}
