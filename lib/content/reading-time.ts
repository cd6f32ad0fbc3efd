// Reading time of a story or guide, from the words of its blocks (~200 words a minute).
import type { ContentBlock } from './blocks';
import { richTextToPlain } from './sanitize-rich-text';

const WORDS_PER_MINUTE = 200;

function blockWords(block: ContentBlock): string {
  switch (block.type) {
    case 'heading':
      return block.text;
    case 'text':
      return richTextToPlain(block.html);
    case 'quote':
      return `${block.text} ${block.cite ?? ''}`;
    case 'image':
      return block.caption ?? '';
    case 'callToAction':
      return block.text;
    default:
      return '';
  }
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes, at least 1. */
export function readingMinutes(blocks: readonly ContentBlock[]): number {
  const words = blocks.reduce((sum, block) => sum + countWords(blockWords(block)), 0);
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
