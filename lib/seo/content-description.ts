// A description of a piece of content for search results and link previews: its excerpt, or
// else the first words of its text, at most 160 characters, cut between words.
import type { ContentBlock } from '@/lib/content/blocks';
import { richTextToPlain } from '@/lib/content/sanitize-rich-text';

export const DESCRIPTION_MAX = 160;

export function shorten(text: string, max = DESCRIPTION_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** The words a reader meets first: text blocks, headings and quotes, in order. */
function bodyText(body: readonly ContentBlock[]): string {
  const words: string[] = [];
  for (const block of body) {
    if (block.type === 'text') words.push(richTextToPlain(block.html));
    else if (block.type === 'quote') words.push(block.text);
    if (words.join(' ').length > DESCRIPTION_MAX * 2) break;
  }
  return words.join(' ');
}

export function contentDescription(content: { excerpt: string | null; body: readonly ContentBlock[] }): string {
  const excerpt = content.excerpt?.trim();
  return shorten(excerpt || bodyText(content.body));
}
