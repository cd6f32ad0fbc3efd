import { CatalogImage } from '@/components/catalog/catalog-image';
import type { BlockOf } from '@/lib/content/blocks';

/** A picture with its (required) alt text and an optional caption. Loaded lazily: below the fold. */
export function ImageBlock({ block }: { block: BlockOf<'image'> }) {
  return (
    <figure className="my-2">
      <div className="relative aspect-[3/2] overflow-hidden rounded-lg bg-stone-100">
        <CatalogImage src={block.url} alt={block.alt} fill sizes="(min-width: 768px) 42rem, 100vw" className="object-cover" />
      </div>
      {block.caption ? <figcaption className="mt-2 text-sm text-stone-700">{block.caption}</figcaption> : null}
    </figure>
  );
}
