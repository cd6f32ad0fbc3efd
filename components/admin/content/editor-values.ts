// The editor's starting values (plain data from the server page to the client form).
import type { EditorBlock } from './editor-blocks';

export type ContentEditorValues = {
  id: string | null;
  type: 'STORY' | 'GUIDE' | 'EVENT';
  locale: 'fi' | 'en';
  status: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED';
  title: string;
  slug: string;
  excerpt: string;
  coverImageUrl: string;
  coverImageAlt: string;
  tagIds: string[];
  blocks: EditorBlock[];
  event: {
    storeId: string;
    /** Helsinki wall-clock time for datetime-local inputs ("2026-12-04T18:00"). */
    startsAt: string;
    endsAt: string;
    capacity: string;
    status: 'SCHEDULED' | 'CANCELLED';
    featuredProducts: { id: string; name: string }[];
  } | null;
};
