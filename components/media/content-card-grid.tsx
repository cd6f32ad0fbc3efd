import { cn } from '@/components/ui/cn';
import type { ContentCard as ContentCardData } from '@/lib/content/content-card';
import { ContentCard } from './content-card';

/** Content cards in a responsive grid: one column on phones, up to three on wide screens. */
export function ContentCardGrid({
  cards,
  headingLevel = 3,
  preloadCount = 0,
  label,
  className,
}: {
  cards: ContentCardData[];
  headingLevel?: 2 | 3;
  preloadCount?: number;
  label?: string;
  className?: string;
}) {
  return (
    <ul aria-label={label} className={cn('grid gap-x-6 gap-y-10 sm:grid-cols-2 lg:grid-cols-3', className)}>
      {cards.map((card, index) => (
        <li key={card.id}>
          <ContentCard card={card} headingLevel={headingLevel} preload={index < preloadCount} />
        </li>
      ))}
    </ul>
  );
}
