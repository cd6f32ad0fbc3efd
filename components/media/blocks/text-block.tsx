import { RichText } from '@/components/media/rich-text';
import type { BlockOf } from '@/lib/content/blocks';

export function TextBlock({ block }: { block: BlockOf<'text'> }) {
  return <RichText html={block.html} />;
}
