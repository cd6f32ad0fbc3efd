import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/inventory/tx';

/**
 * "Create the English version" (or the Finnish one): a draft in the other language, linked to
 * this one (same translationGroupId; an event page shares the event), with a copy of the texts,
 * body, cover and tags to translate. Returns the id of the new (or already existing) version.
 */
export async function createTranslation(contentId: string, actorId: string): Promise<{ id: string; created: boolean }> {
  return prisma.$transaction(async (tx) => {
    const source = await tx.content.findUnique({ where: { id: contentId }, include: { tags: { select: { tagId: true } } } });
    if (!source || source.type === 'PAGE') throw new AppError('NOT_FOUND');
    const locale = source.locale === 'fi' ? 'en' : 'fi';
    const existing = await tx.content.findUnique({
      where: { translationGroupId_locale: { translationGroupId: source.translationGroupId, locale } },
      select: { id: true },
    });
    if (existing) return { id: existing.id, created: false };
    const translation = await tx.content.create({
      data: {
        type: source.type,
        locale,
        translationGroupId: source.translationGroupId,
        status: 'DRAFT',
        slug: await freeSlug(tx, locale, source.slug),
        title: source.title,
        excerpt: source.excerpt,
        body: source.body as Prisma.InputJsonValue,
        coverImageUrl: source.coverImageUrl,
        coverImageAlt: source.coverImageAlt,
        eventId: source.eventId,
        authorId: actorId,
        tags: { create: source.tags.map(({ tagId }) => ({ tagId })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId,
      action: 'content.translation_created',
      entityType: 'content',
      entityId: translation.id,
      data: { from: source.id, locale },
    });
    return { id: translation.id, created: true };
  });
}

/** The source's slug, or with -2, -3 ... when the other language already uses it. */
async function freeSlug(tx: Tx, locale: 'fi' | 'en', slug: string): Promise<string> {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? slug : `${slug}-${n}`;
    if (!(await tx.content.findUnique({ where: { locale_slug: { locale, slug: candidate } }, select: { id: true } }))) return candidate;
  }
}
