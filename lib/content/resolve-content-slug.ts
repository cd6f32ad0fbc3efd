import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { contentPath, type PublicContentType } from './content-paths';

export type ContentSlugTarget = {
  /** Where the reader is sent: a path without the locale prefix, e.g. /tarinat/uusi-nimi. */
  path: string;
  locale: AppLocale;
};

const published = { status: 'PUBLISHED' } as const;

/**
 * Where an address with no current content of its own should send the reader (permanently):
 * - an old slug of renamed content -> the content's current path;
 * - a slug of the other language's version (the language switch keeps the slug) -> the
 *   translation's path, or the section's index when there is no published translation.
 * Null when the slug means nothing here (the page is then a 404).
 */
export async function resolveContentSlug(input: {
  type: PublicContentType;
  locale: AppLocale;
  slug: string;
}): Promise<ContentSlugTarget | null> {
  const { type, locale, slug } = input;
  const other: AppLocale = locale === 'fi' ? 'en' : 'fi';

  const renamed = await prisma.contentSlugRedirect.findUnique({
    where: { locale_oldSlug: { locale, oldSlug: slug } },
    select: { content: { select: { type: true, slug: true, status: true } } },
  });
  if (renamed && renamed.content.status === 'PUBLISHED' && renamed.content.type !== 'PAGE') {
    return { path: contentPath(renamed.content.type, locale, renamed.content.slug), locale };
  }

  // The other language's content at this slug (its current slug, or an old one of it).
  const current = await prisma.content.findFirst({
    where: { locale: other, slug, type, ...published },
    select: { translationGroupId: true },
  });
  const previous = current
    ? null
    : await prisma.contentSlugRedirect.findFirst({
        where: { locale: other, oldSlug: slug, content: { type, ...published } },
        select: { content: { select: { translationGroupId: true } } },
      });
  const foreign = current ?? previous?.content;
  if (!foreign) return null;

  const translation = await prisma.content.findFirst({
    where: { translationGroupId: foreign.translationGroupId, locale, ...published },
    select: { type: true, slug: true },
  });
  if (translation && translation.type !== 'PAGE') return { path: contentPath(translation.type, locale, translation.slug), locale };
  return { path: contentPath(type, locale), locale };
}
