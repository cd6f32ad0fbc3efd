import type { BlockOf } from '@/lib/content/blocks';

export function HeadingBlock({ block }: { block: BlockOf<'heading'> }) {
  return block.level === 3 ? (
    <h3 className="mt-8 text-xl font-semibold text-balance text-stone-900">{block.text}</h3>
  ) : (
    <h2 className="mt-10 text-2xl font-bold tracking-tight text-balance text-stone-900">{block.text}</h2>
  );
}
