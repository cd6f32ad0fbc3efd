import { useId } from 'react';
import type { AppLocale } from '@/i18n/routing';
import type { BlockOf } from '@/lib/content/blocks';
import { cachedBlockProducts } from '@/lib/content/cached-content';
import type { BlockProductSource } from '@/lib/content/load-block-products';
import { BlockProducts } from './block-products';

function sourceOf(block: BlockOf<'productGrid'>): BlockProductSource | null {
  if (block.productSlugs?.length) return { productSlugs: block.productSlugs.slice(0, block.limit) };
  if (block.categorySlug) return { categorySlug: block.categorySlug, limit: block.limit };
  if (block.tagSlug) return { tagSlug: block.tagSlug, limit: block.limit };
  return null;
}

/** Chosen products, or the newest of a category or tag, each buyable on the page. */
export async function ProductGridBlock({
  block,
  locale,
  contentId,
  headingLevel,
}: {
  block: BlockOf<'productGrid'>;
  locale: AppLocale;
  contentId: string;
  headingLevel: 2 | 3;
}) {
  const source = sourceOf(block);
  const products = source ? await cachedBlockProducts(source, locale) : [];
  if (products.length === 0) return null;
  return <GridSection title={block.title} headingLevel={headingLevel} products={products} contentId={contentId} />;
}

function GridSection({
  title,
  headingLevel,
  ...props
}: { title?: string; headingLevel: 2 | 3 } & Omit<Parameters<typeof BlockProducts>[0], 'headingLevel'>) {
  const id = useId();
  if (!title) return <BlockProducts {...props} headingLevel={headingLevel} className="my-4" />;
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={id} className="my-4">
      <Heading id={id} className="text-xl font-semibold text-stone-900">
        {title}
      </Heading>
      <BlockProducts {...props} headingLevel={headingLevel === 2 ? 3 : 4} className="mt-4" />
    </section>
  );
}
