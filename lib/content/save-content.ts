import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { lockEvent, type LockedEvent } from '@/lib/events/lock-event';
import type { Tx } from '@/lib/inventory/tx';
import type { AppLocale } from '@/i18n/routing';
import { contentSlug } from './content-slug';
import type { ContentFields, EditableContentType, EventFields } from './content-schemas';
import { applyEventGuestChanges, checkEventCapacity } from './event-guest-changes';

export type SaveContentInput = {
  /** Absent for a new piece of content (then type and locale say what it is). */
  contentId?: string;
  type: EditableContentType;
  locale: AppLocale;
  fields: ContentFields;
  /** The event's own fields; required for an event page. */
  event?: EventFields;
};

export type SavedContent = {
  id: string;
  slug: string;
  eventId: string | null;
  created: boolean;
  /** E-mails to guests the event change queued (a cancellation, places given from the waitlist). */
  emailIds: string[];
};

const slugTaken = () => new AppError('VALIDATION', 'adminContent.errors.slugTaken', 'slug');

/**
 * Creates or updates one language version (a new one is a draft by the actor). For an event page
 * the Event row is created or updated with it (the fi and en pages share it; its guests are told
 * of a cancellation, and more places go to the waitlist). A new slug of
 * content that has been public leaves a redirect from the old one. One transaction, audited.
 */
export async function saveContent(input: SaveContentInput, actorId: string): Promise<SavedContent> {
  try {
    return await prisma.$transaction((tx) => save(tx, input, actorId));
  } catch (error) {
    // Two saves racing for the same slug: the unique index decides.
    if ((error as { code?: string }).code === 'P2002') throw slugTaken();
    throw error;
  }
}

async function save(tx: Tx, input: SaveContentInput, actorId: string): Promise<SavedContent> {
  const existing = input.contentId
    ? await tx.content.findUnique({
        where: { id: input.contentId },
        select: { id: true, type: true, locale: true, slug: true, eventId: true, publishedAt: true },
      })
    : null;
  if (input.contentId && (!existing || existing.type === 'PAGE')) throw new AppError('NOT_FOUND');
  const type = existing?.type ?? input.type;
  const locale = existing?.locale ?? input.locale;
  const { fields } = input;

  const slug = fields.slug || contentSlug(fields.title);
  if (!slug) throw new AppError('VALIDATION', 'adminContent.errors.slugInvalid', 'slug');
  const clash = await tx.content.findFirst({ where: { locale, slug, NOT: existing ? { id: existing.id } : undefined }, select: { id: true } });
  if (clash) throw slugTaken();

  const tagIds = [...new Set(fields.tagIds)];
  if ((await tx.tag.count({ where: { id: { in: tagIds } } })) !== tagIds.length) {
    throw new AppError('VALIDATION', 'adminContent.errors.tagInvalid', 'tagIds');
  }

  let eventId = existing?.eventId ?? null;
  let emailIds: string[] = [];
  if (type === 'EVENT') {
    if (!input.event) throw new AppError('VALIDATION', 'adminContent.errors.storeRequired', 'event.storeId');
    ({ eventId, emailIds } = await saveEvent(tx, eventId, input.event, actorId));
  }

  const data = {
    slug,
    title: fields.title,
    excerpt: fields.excerpt ?? null,
    coverImageUrl: fields.coverImageUrl ?? null,
    coverImageAlt: fields.coverImageUrl ? (fields.coverImageAlt ?? null) : null,
    body: fields.body as Prisma.InputJsonValue,
    eventId,
  };
  const content = existing
    ? await tx.content.update({ where: { id: existing.id }, data, select: { id: true } })
    : await tx.content.create({ data: { ...data, type, locale, status: 'DRAFT', authorId: actorId }, select: { id: true } });

  await tx.contentTag.deleteMany({ where: { contentId: content.id } });
  if (tagIds.length > 0) await tx.contentTag.createMany({ data: tagIds.map((tagId) => ({ contentId: content.id, tagId })) });

  // The new slug is no longer an old one; the old slug of public content keeps working.
  await tx.contentSlugRedirect.deleteMany({ where: { locale, oldSlug: slug } });
  const renamed = existing !== null && existing.slug !== slug;
  if (renamed && existing.publishedAt !== null) {
    await tx.contentSlugRedirect.upsert({
      where: { locale_oldSlug: { locale, oldSlug: existing.slug } },
      create: { locale, oldSlug: existing.slug, contentId: content.id },
      update: { contentId: content.id },
    });
  }

  await recordAudit(tx, {
    actorId,
    action: existing ? 'content.saved' : 'content.created',
    entityType: 'content',
    entityId: content.id,
    data: { type, locale, slug, ...(renamed ? { previousSlug: existing.slug } : {}), ...(eventId ? { eventId } : {}) },
  });
  return { id: content.id, slug, eventId, created: existing === null, emailIds };
}

/** The event of an event page: its store (a store, not the warehouse), times, capacity and featured products. */
async function saveEvent(tx: Tx, eventId: string | null, event: EventFields, actorId: string): Promise<{ eventId: string; emailIds: string[] }> {
  const store = await tx.store.findUnique({ where: { id: event.storeId }, select: { kind: true } });
  if (store?.kind !== 'STORE') throw new AppError('VALIDATION', 'adminContent.errors.storeRequired', 'event.storeId');
  const productIds = [...new Set(event.featuredProductIds)];
  if ((await tx.product.count({ where: { id: { in: productIds } } })) !== productIds.length) {
    throw new AppError('VALIDATION', 'adminContent.errors.productRequired', 'event.featuredProductIds');
  }
  const data = { storeId: event.storeId, startsAt: event.startsAt, endsAt: event.endsAt, capacity: event.capacity, status: event.status };
  const select = { id: true, storeId: true, startsAt: true, endsAt: true, capacity: true, status: true } as const;
  // Locked like registrations lock it, so seats are never counted against a changing capacity.
  const before = eventId ? await lockEvent(tx, eventId) : null;
  if (before) await checkEventCapacity(tx, before, event.capacity);
  const after: LockedEvent = before
    ? await tx.event.update({ where: { id: before.id }, data, select })
    : await tx.event.create({ data, select });
  await tx.eventFeaturedProduct.deleteMany({ where: { eventId: after.id } });
  if (productIds.length > 0) {
    await tx.eventFeaturedProduct.createMany({ data: productIds.map((productId, position) => ({ eventId: after.id, productId, position })) });
  }
  const emailIds = before ? await applyEventGuestChanges(tx, before, after, actorId) : [];
  return { eventId: after.id, emailIds };
}
