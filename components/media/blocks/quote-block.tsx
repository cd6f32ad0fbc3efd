import type { BlockOf } from '@/lib/content/blocks';

export function QuoteBlock({ block }: { block: BlockOf<'quote'> }) {
  return (
    <figure className="my-2 border-l-4 border-accent-500 pl-5">
      <blockquote className="text-xl leading-relaxed font-medium text-pretty text-stone-900">
        <p>{block.text}</p>
      </blockquote>
      {block.cite ? <figcaption className="mt-2 text-stone-700">— {block.cite}</figcaption> : null}
    </figure>
  );
}
