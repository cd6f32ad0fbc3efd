import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { contentCardSelect, toContentCard, type ContentCard } from './content-card';

/**
 * The card of an event (an event card block): its published page in the reader's language, or
 * null when it has none (the block is then left out).
 */
export async function getEventCard(input: { eventId: string; locale: AppLocale }): Promise<ContentCard | null> {
  const row = await prisma.content.findFirst({
    where: { eventId: input.eventId, locale: input.locale, type: 'EVENT', status: 'PUBLISHED' },
    select: contentCardSelect,
  });
  return row ? toContentCard(row) : null;
}
