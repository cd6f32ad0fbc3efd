import { useLocale, useTranslations } from 'next-intl';
import { CatalogImage } from '@/components/catalog/catalog-image';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { Link } from '@/i18n/navigation';
import type { ProductCardData } from '@/lib/catalog/types';
import { formatCents } from '@/lib/money';

export type ProductCardProps = {
  product: ProductCardData;
  /** Fits the page outline: h2 in a page's main list, h3 under a section heading. */
  headingLevel?: 2 | 3 | 4;
  /** Load the picture at once (the first cards of a listing, above the fold). */
  preload?: boolean;
  className?: string;
};

/**
 * A product in a listing: picture, name (the link; the whole card is clickable), price, and the
 * crossed-out "was" price when on sale. Reused by home, category, search and content blocks.
 */
export function ProductCard({ product, headingLevel = 3, preload = false, className }: ProductCardProps) {
  const t = useTranslations('catalog.card');
  const locale = useLocale();
  const Heading = `h${headingLevel}` as const;
  const price = formatCents(product.priceCents, locale);
  const onSale = product.compareAtCents !== null;

  return (
    <article className={cn('group relative flex h-full flex-col', className)}>
      <div className="relative aspect-square overflow-hidden rounded-lg bg-stone-100">
        {product.image ? (
          <CatalogImage
            src={product.image.url}
            alt=""
            fill
            sizes="(min-width: 1024px) 18rem, (min-width: 640px) 33vw, 50vw"
            preload={preload}
            className="object-cover transition-transform duration-300 group-hover:scale-105 motion-reduce:transition-none"
          />
        ) : null}
        {onSale ? (
          <Badge tone="danger" className="absolute top-2 left-2">
            {t('sale')}
          </Badge>
        ) : null}
      </div>
      <Heading className="mt-3 text-base leading-snug font-semibold hyphens-auto wrap-anywhere text-stone-900">
        <Link
          href={`/product/${product.slug}`}
          className="rounded-sm after:absolute after:inset-0 after:content-[''] hover:underline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
        >
          {product.name}
        </Link>
      </Heading>
      <p className="mt-1 flex flex-wrap items-baseline gap-x-2">
        <span className="sr-only">{t('price')}: </span>
        <span className={cn('font-semibold', onSale ? 'text-red-800' : 'text-stone-900')}>
          {product.priceVaries ? t('from', { price }) : price}
        </span>
        {product.compareAtCents !== null ? (
          <span className="text-sm text-stone-700">
            <span className="sr-only">{t('wasPrice', { price: formatCents(product.compareAtCents, locale) })}</span>
            <del aria-hidden="true">{formatCents(product.compareAtCents, locale)}</del>
          </span>
        ) : null}
      </p>
    </article>
  );
}
