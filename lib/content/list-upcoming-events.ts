import 'server-only';
import { prisma } from '@/lib/db';
import type { AppLocale } from '@/i18n/routing';
import { contentCardSelect, toContentCard, type ContentCard } from './content-card';

/** The next events (not cancelled, not yet over) in one language, soonest first: the home page. */
export async function listUpcomingEvents(input: { locale: AppLocale; now: Date; limit?: number }): Promise<ContentCard[]> {
  const rows = await prisma.content.findMany({
    where: {
      type: 'EVENT',
      locale: input.locale,
      status: 'PUBLISHED',
      event: { status: 'SCHEDULED', endsAt: { gte: input.now } },
    },
    select: contentCardSelect,
    orderBy: [{ event: { startsAt: 'asc' } }, { id: 'asc' }],
    take: input.limit ?? 3,
  });
  return rows.map(toContentCard);
}
