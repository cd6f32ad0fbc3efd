import { Suspense } from 'react';
import { ProductCard } from '@/components/shop/product-card';
import { cn } from '@/components/ui/cn';
import type { BlockProduct } from '@/lib/content/load-block-products';
import { ProductBuyPanel } from './product-buy-panel';

/** Product cards, each with its buy panel (variant, live stock, add to cart), in a grid. */
export function BlockProducts({
  products,
  contentId,
  headingLevel,
  label,
  single = false,
  className,
}: {
  products: BlockProduct[];
  contentId: string;
  headingLevel: 2 | 3 | 4;
  label?: string;
  /** One product (a product card block): one column, not a grid. */
  single?: boolean;
  className?: string;
}) {
  return (
    <ul
      aria-label={label}
      className={cn('grid gap-x-4 gap-y-10', single ? 'max-w-xs grid-cols-1' : 'grid-cols-2 lg:grid-cols-3', className)}
    >
      {products.map(({ variants, ...card }) => (
        // The buy panel sits below the card, not inside it (the card's link covers the whole
        // card), at the bottom of its cell so that the buttons of a row line up.
        <li key={card.id} className="flex flex-col">
          <div className="flex-1">
            <ProductCard product={card} headingLevel={headingLevel} />
          </div>
          {/* A boundary per panel: React hydrates each on its own, in short tasks the browser can
              interleave with input, rather than all of a story's panels in one long task. The
              server renders the panel itself, so the fallback is never shown. */}
          <Suspense fallback={null}>
            <ProductBuyPanel slug={card.slug} variants={variants} contentId={contentId} />
          </Suspense>
        </li>
      ))}
    </ul>
  );
}
