// What a story, guide or event page shows: one language version of a piece of content, read by
// getContentView (public pages and the owner's preview share it).
import type { AppLocale } from '@/i18n/routing';
import type { ContentBlock } from './blocks';
import type { StoreAddress } from '@/lib/stores/store-address';
import type { PublicContentType } from './content-paths';

export type ContentEventView = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  status: 'SCHEDULED' | 'CANCELLED';
  store: Omit<StoreAddress, 'latitude' | 'longitude'> & Partial<Pick<StoreAddress, 'latitude' | 'longitude'>>;
  /** Slugs of the products the event features ("what we will taste"), in order. */
  featuredProductSlugs: string[];
};

export type ContentView = {
  id: string;
  type: PublicContentType;
  status: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED';
  locale: AppLocale;
  slug: string;
  title: string;
  excerpt: string | null;
  coverImageUrl: string | null;
  coverImageAlt: string | null;
  body: ContentBlock[];
  publishedAt: Date | null;
  updatedAt: Date;
  authorName: string | null;
  tags: { slug: string; name: string }[];
  /** The other language's version, when there is one and it is published (or previewed). */
  translation: { locale: AppLocale; slug: string } | null;
  event: ContentEventView | null;
};
