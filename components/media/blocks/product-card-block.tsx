import type { AppLocale } from '@/i18n/routing';
import type { BlockOf } from '@/lib/content/blocks';
import { cachedBlockProducts } from '@/lib/content/cached-content';
import { BlockProducts } from './block-products';

/** One product, buyable on the page. Left out when the product is no longer for sale. */
export async function ProductCardBlock({
  block,
  locale,
  contentId,
  headingLevel,
}: {
  block: BlockOf<'productCard'>;
  locale: AppLocale;
  contentId: string;
  headingLevel: 2 | 3;
}) {
  const products = await cachedBlockProducts({ productSlugs: [block.productSlug] }, locale);
  if (products.length === 0) return null;
  return <BlockProducts products={products} contentId={contentId} headingLevel={headingLevel} single className="my-2" />;
}
