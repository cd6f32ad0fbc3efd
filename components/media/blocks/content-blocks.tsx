import type { AppLocale } from '@/i18n/routing';
import type { ContentBlock } from '@/lib/content/blocks';
import { CallToActionBlock } from './call-to-action-block';
import { EventCardBlock } from './event-card-block';
import { HeadingBlock } from './heading-block';
import { ImageBlock } from './image-block';
import { ProductCardBlock } from './product-card-block';
import { ProductGridBlock } from './product-grid-block';
import { QuoteBlock } from './quote-block';
import { TextBlock } from './text-block';

/** The body of a story, guide or event page, block by block. */
export function ContentBlocks({ blocks, locale, contentId }: { blocks: ContentBlock[]; locale: AppLocale; contentId: string }) {
  const firstHeading = blocks.findIndex((block) => block.type === 'heading');
  return (
    <div className="flex flex-col gap-5">
      {blocks.map((block, index) => {
        // Headings inside blocks (product names, grid titles, event cards) sit below the
        // article's own section headings, or right below the page title when there are none.
        const level: 2 | 3 = firstHeading !== -1 && index > firstHeading ? 3 : 2;
        switch (block.type) {
          case 'heading':
            return <HeadingBlock key={index} block={block} />;
          case 'text':
            return <TextBlock key={index} block={block} />;
          case 'image':
            return <ImageBlock key={index} block={block} />;
          case 'quote':
            return <QuoteBlock key={index} block={block} />;
          case 'callToAction':
            return <CallToActionBlock key={index} block={block} locale={locale} />;
          case 'productCard':
            return <ProductCardBlock key={index} block={block} locale={locale} contentId={contentId} headingLevel={level} />;
          case 'productGrid':
            return <ProductGridBlock key={index} block={block} locale={locale} contentId={contentId} headingLevel={level} />;
          case 'eventCard':
            return <EventCardBlock key={index} block={block} locale={locale} headingLevel={level} />;
        }
      })}
    </div>
  );
}
