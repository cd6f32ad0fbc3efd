import { ContentCard } from '@/components/media/content-card';
import type { AppLocale } from '@/i18n/routing';
import type { BlockOf } from '@/lib/content/blocks';
import { cachedEventCard } from '@/lib/content/cached-content';

/** An event's card (time, store, link) in the reader's language; left out when it has no page in it. */
export async function EventCardBlock({
  block,
  locale,
  headingLevel,
}: {
  block: BlockOf<'eventCard'>;
  locale: AppLocale;
  headingLevel: 2 | 3;
}) {
  const card = await cachedEventCard(block.eventId, locale);
  if (!card) return null;
  return (
    <div className="my-2 rounded-xl border border-stone-200 p-4 sm:max-w-md">
      <ContentCard card={card} headingLevel={headingLevel} />
    </div>
  );
}
