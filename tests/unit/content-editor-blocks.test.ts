// The block editor's working copy turns back into the blocks it came from, so opening and saving
// a story changes nothing, and what it sends validates against the shared block schema.
import { describe, expect, it } from 'vitest';
import { emptyBlock, serializeBlocks, toEditorBlock, BLOCK_TYPES } from '@/components/admin/content/editor-blocks';
import { contentBody, type ContentBlock } from '@/lib/content/blocks';

const BODY: ContentBlock[] = [
  { type: 'heading', text: 'Reitti', level: 3 },
  { type: 'text', html: '<p>Hei <strong>kaikki</strong></p>' },
  { type: 'image', url: '/uploads/a.png', alt: 'Polku', caption: 'Kuva: Päivi' },
  { type: 'quote', text: 'Hyvä kahvi', cite: 'Kaisa' },
  { type: 'productCard', productSlug: 'kahvi' },
  { type: 'productGrid', productSlugs: ['a', 'b'], limit: 8 },
  { type: 'productGrid', title: 'Kahvit', categorySlug: 'kahvit', limit: 4 },
  { type: 'productGrid', tagSlug: 'syksy', limit: 6 },
  { type: 'callToAction', text: 'Tapahtumat', href: '/events' },
  { type: 'eventCard', eventId: '6f1c2b9e-1d2a-4c3b-9a8e-0f1e2d3c4b5a' },
];

describe('editor blocks', () => {
  it('round-trip through the editor unchanged', () => {
    const sent = serializeBlocks(BODY.map(toEditorBlock));
    expect(contentBody.parse(sent)).toEqual(BODY);
  });

  it('send only the chosen source of a product grid', () => {
    const grid = toEditorBlock({ type: 'productGrid', productSlugs: ['a'], limit: 8 });
    if (grid.type !== 'productGrid') throw new Error('not a grid');
    const sent = serializeBlocks([{ ...grid, source: 'category', categorySlug: 'kahvit' }]);
    expect(contentBody.parse(sent)).toEqual([{ type: 'productGrid', categorySlug: 'kahvit', limit: 8 }]);
  });

  it('start empty, and an empty block is refused until filled in', () => {
    for (const type of BLOCK_TYPES) {
      expect(emptyBlock(type).type).toBe(type);
      // (An empty text block passes the block schema; the save refuses it after sanitizing.)
      expect(contentBody.safeParse(serializeBlocks([emptyBlock(type)])).success).toBe(type === 'text');
    }
  });
});
