import { describe, expect, it } from 'vitest';
import type { ContentBlock } from '@/lib/content/blocks';
import { countWords, readingMinutes } from '@/lib/content/reading-time';

const words = (n: number) => Array.from({ length: n }, (_, i) => `sana${i}`).join(' ');

describe('readingMinutes', () => {
  it('counts the words of text, headings, quotes and captions at 200 a minute, rounded up', () => {
    const blocks: ContentBlock[] = [
      { type: 'heading', text: words(10), level: 2 },
      { type: 'text', html: `<p>${words(300)}</p><ul><li>${words(50)}</li></ul>` },
      { type: 'quote', text: words(30), cite: 'Eero Kuusela' },
      { type: 'image', url: '/a.jpg', alt: words(100), caption: words(8) },
      { type: 'productCard', productSlug: 'kuksa' },
    ];
    // 10 + 350 + 32 + 8 = 400 words; alt texts and product blocks are not read as text.
    expect(readingMinutes(blocks)).toBe(2);
    expect(readingMinutes([...blocks, { type: 'text', html: `<p>${words(1)}</p>` }])).toBe(3);
  });

  it('is at least one minute, also for an empty body', () => {
    expect(readingMinutes([])).toBe(1);
    expect(readingMinutes([{ type: 'text', html: '<p>Lyhyt.</p>' }])).toBe(1);
  });

  it('does not count markup or punctuation as words', () => {
    expect(countWords(' – Hyvä  kuksa, tummuu! 2026 ')).toBe(4);
    expect(readingMinutes([{ type: 'text', html: `<p><strong>${words(200)}</strong></p><p>&nbsp;—&nbsp;</p>` }])).toBe(1);
  });
});
