import { useTranslations } from 'next-intl';
import { CatalogImage } from '@/components/catalog/catalog-image';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { Link } from '@/i18n/navigation';
import type { ContentCard as ContentCardData } from '@/lib/content/content-card';
import { contentPath } from '@/lib/content/content-paths';
import { formatEventTime } from '@/lib/content/format-event-time';
import { formatPublishedDate } from './format-published-date';

export type ContentCardProps = {
  card: ContentCardData;
  headingLevel?: 2 | 3;
  /** Load the cover at once (the first cards of a listing, above the fold). */
  preload?: boolean;
  className?: string;
};

/**
 * A story, guide or event in a listing: cover, title (the link; the whole card is clickable),
 * and the excerpt, or for an event its time and store.
 */
export function ContentCard({ card, headingLevel = 3, preload = false, className }: ContentCardProps) {
  const t = useTranslations('media');
  const locale = card.locale;
  const Heading = `h${headingLevel}` as const;
  const event = card.event;

  return (
    <article className={cn('group relative flex h-full flex-col', className)}>
      <div className="relative aspect-[3/2] overflow-hidden rounded-lg bg-brand-50">
        {card.coverImageUrl ? (
          <CatalogImage
            src={card.coverImageUrl}
            alt=""
            fill
            sizes="(min-width: 1024px) 24rem, (min-width: 640px) 50vw, 100vw"
            preload={preload}
            className="object-cover transition-transform duration-300 group-hover:scale-105 motion-reduce:transition-none"
          />
        ) : null}
        {event?.cancelled ? (
          <Badge tone="danger" className="absolute top-2 left-2">
            {t('card.cancelled')}
          </Badge>
        ) : null}
      </div>
      <p className="mt-3 text-sm font-semibold tracking-wide text-accent-700 uppercase">{t(`types.${card.type}`)}</p>
      <Heading className="mt-1 text-lg leading-snug font-semibold text-balance text-stone-900">
        {/* The card's own language: the owner's preview may show an English story in Finnish chrome. */}
        <Link
          href={contentPath(card.type, card.locale, card.slug)}
          locale={card.locale}
          className="rounded-sm after:absolute after:inset-0 after:content-[''] hover:underline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
        >
          {card.title}
        </Link>
      </Heading>
      {event ? (
        <p className="mt-1 text-stone-800">
          <time dateTime={event.startsAt}>{formatEventTime(new Date(event.startsAt), new Date(event.endsAt), locale)}</time>
          <span className="block text-stone-700">{event.storeCity ?? event.storeName}</span>
        </p>
      ) : card.publishedAt ? (
        <p className="mt-1 text-sm text-stone-700">
          <time dateTime={card.publishedAt}>{formatPublishedDate(new Date(card.publishedAt), locale)}</time>
        </p>
      ) : null}
      {card.excerpt ? <p className="mt-2 line-clamp-3 text-stone-800">{card.excerpt}</p> : null}
    </article>
  );
}
