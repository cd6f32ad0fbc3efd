import { ProductCard } from '@/components/shop/product-card';
import { cn } from '@/components/ui/cn';
import type { ProductCardData } from '@/lib/catalog/types';

/** Product cards in a responsive grid: two columns on phones, up to four on wide screens. */
export function ProductGrid({
  products,
  headingLevel = 3,
  preloadCount = 0,
  label,
  className,
}: {
  products: ProductCardData[];
  headingLevel?: 2 | 3 | 4;
  /** How many of the first pictures to load at once (those above the fold). */
  preloadCount?: number;
  /** Names the list for screen readers when no heading right above does. */
  label?: string;
  className?: string;
}) {
  return (
    <ul aria-label={label} className={cn('grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4', className)}>
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} headingLevel={headingLevel} preload={index < preloadCount} />
        </li>
      ))}
    </ul>
  );
}
