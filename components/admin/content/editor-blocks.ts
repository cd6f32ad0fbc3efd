// The block editor's working copy of the body: every field a string (as typed), a stable key
// per block for React, and conversion to and from the saved blocks (lib/content/blocks.ts).
import type { ContentBlock, ContentBlockType } from '@/lib/content/blocks';

export const BLOCK_TYPES: ContentBlockType[] = ['text', 'heading', 'image', 'quote', 'productCard', 'productGrid', 'callToAction', 'eventCard'];

export type GridSource = 'products' | 'category' | 'tag';

export type EditorBlock =
  | { key: string; type: 'heading'; text: string; level: '2' | '3' }
  | { key: string; type: 'text'; html: string }
  | { key: string; type: 'image'; url: string; alt: string; caption: string }
  | { key: string; type: 'quote'; text: string; cite: string }
  | { key: string; type: 'productCard'; productSlug: string }
  | { key: string; type: 'productGrid'; title: string; source: GridSource; productSlugs: string[]; categorySlug: string; tagSlug: string; limit: string }
  | { key: string; type: 'callToAction'; text: string; href: string }
  | { key: string; type: 'eventCard'; eventId: string };

let counter = 0;
const newKey = () => `b${Date.now().toString(36)}${(counter += 1)}`;

export function emptyBlock(type: ContentBlockType): EditorBlock {
  const key = newKey();
  switch (type) {
    case 'heading':
      return { key, type, text: '', level: '2' };
    case 'text':
      return { key, type, html: '' };
    case 'image':
      return { key, type, url: '', alt: '', caption: '' };
    case 'quote':
      return { key, type, text: '', cite: '' };
    case 'productCard':
      return { key, type, productSlug: '' };
    case 'productGrid':
      return { key, type, title: '', source: 'products', productSlugs: [], categorySlug: '', tagSlug: '', limit: '8' };
    case 'callToAction':
      return { key, type, text: '', href: '' };
    case 'eventCard':
      return { key, type, eventId: '' };
  }
}

export function toEditorBlock(block: ContentBlock): EditorBlock {
  const key = newKey();
  switch (block.type) {
    case 'heading':
      return { key, type: 'heading', text: block.text, level: block.level === 3 ? '3' : '2' };
    case 'text':
      return { key, type: 'text', html: block.html };
    case 'image':
      return { key, type: 'image', url: block.url, alt: block.alt, caption: block.caption ?? '' };
    case 'quote':
      return { key, type: 'quote', text: block.text, cite: block.cite ?? '' };
    case 'productCard':
      return { key, type: 'productCard', productSlug: block.productSlug };
    case 'productGrid':
      return {
        key,
        type: 'productGrid',
        title: block.title ?? '',
        source: block.categorySlug ? 'category' : block.tagSlug ? 'tag' : 'products',
        productSlugs: block.productSlugs ?? [],
        categorySlug: block.categorySlug ?? '',
        tagSlug: block.tagSlug ?? '',
        limit: String(block.limit),
      };
    case 'callToAction':
      return { key, type: 'callToAction', text: block.text, href: block.href };
    case 'eventCard':
      return { key, type: 'eventCard', eventId: block.eventId };
  }
}

/** The blocks as the save action reads them (the body field's JSON); the server validates. */
export function serializeBlocks(blocks: EditorBlock[]): unknown[] {
  return blocks.map((block) => {
    switch (block.type) {
      case 'heading':
        return { type: block.type, text: block.text, level: Number(block.level) };
      case 'text':
        return { type: block.type, html: block.html };
      case 'image':
        return { type: block.type, url: block.url, alt: block.alt, caption: block.caption || undefined };
      case 'quote':
        return { type: block.type, text: block.text, cite: block.cite || undefined };
      case 'productCard':
        return { type: block.type, productSlug: block.productSlug };
      case 'productGrid':
        return {
          type: block.type,
          title: block.title || undefined,
          productSlugs: block.source === 'products' ? block.productSlugs : undefined,
          categorySlug: block.source === 'category' ? block.categorySlug || undefined : undefined,
          tagSlug: block.source === 'tag' ? block.tagSlug || undefined : undefined,
          limit: Number(block.limit) || 8,
        };
      case 'callToAction':
        return { type: block.type, text: block.text, href: block.href };
      case 'eventCard':
        return { type: block.type, eventId: block.eventId };
    }
  });
}
