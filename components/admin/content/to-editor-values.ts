// The editor's starting values from what is stored (or empty ones for a new piece of content).
import type { EditorContent } from '@/lib/content/get-content-for-editor';
import { utcToHelsinkiLocal } from '@/lib/catalog/helsinki-local-time';
import type { EditorOptions } from './editor-options';
import { toEditorBlock } from './editor-blocks';
import type { ContentEditorValues } from './editor-values';

export function toEditorValues(content: EditorContent): ContentEditorValues {
  const name = (p: { nameFi: string; nameEn: string }) => (content.locale === 'en' ? p.nameEn : p.nameFi);
  return {
    id: content.id,
    type: content.type,
    locale: content.locale,
    status: content.status,
    title: content.title,
    slug: content.slug,
    excerpt: content.excerpt ?? '',
    coverImageUrl: content.coverImageUrl ?? '',
    coverImageAlt: content.coverImageAlt ?? '',
    tagIds: content.tagIds,
    blocks: content.body.map(toEditorBlock),
    event:
      content.type !== 'EVENT'
        ? null
        : content.event
          ? {
              storeId: content.event.storeId,
              startsAt: utcToHelsinkiLocal(content.event.startsAt),
              endsAt: utcToHelsinkiLocal(content.event.endsAt),
              capacity: String(content.event.capacity),
              status: content.event.status,
              featuredProducts: content.event.featuredProducts.map((p) => ({ id: p.id, name: name(p) })),
            }
          : emptyEvent(),
  };
}

export function newEditorValues(type: 'STORY' | 'GUIDE' | 'EVENT', locale: 'fi' | 'en'): ContentEditorValues {
  return {
    id: null,
    type,
    locale,
    status: 'DRAFT',
    title: '',
    slug: '',
    excerpt: '',
    coverImageUrl: '',
    coverImageAlt: '',
    tagIds: [],
    blocks: [],
    event: type === 'EVENT' ? emptyEvent() : null,
  };
}

function emptyEvent(): NonNullable<ContentEditorValues['event']> {
  return { storeId: '', startsAt: '', endsAt: '', capacity: '20', status: 'SCHEDULED', featuredProducts: [] };
}

/** Options as plain data for the client editor, with event times in the reader's words. */
export function toClientOptions(options: {
  tags: EditorOptions['tags'];
  categories: EditorOptions['categories'];
  stores: EditorOptions['stores'];
  events: { id: string; label: string; startsAt: Date }[];
}, formatTime: (at: Date) => string): EditorOptions {
  return { ...options, events: options.events.map((event) => ({ id: event.id, label: `${event.label}, ${formatTime(event.startsAt)}` })) };
}
