// schema.org Article data for a story or guide page (rendered with jsonLdScript from
// lib/catalog/product-json-ld.ts). Pure: everything comes from the ContentView.
import { absoluteUrl } from '@/lib/seo/absolute-url';
import { contentDescription } from '@/lib/seo/content-description';
import { helsinkiIso } from '@/lib/seo/helsinki-iso';
import type { ContentView } from './types';

export type ContentJsonLdOptions = {
  shopName: string;
  /** An absolute image address; the cover image when not given. */
  imageUrl?: string;
};

/** The shop as an Organization, with its home page. */
export function shopOrganization(shopName: string) {
  return { '@type': 'Organization', name: shopName, url: absoluteUrl('/') };
}

export function contentImage(content: Pick<ContentView, 'coverImageUrl'>, imageUrl?: string): string | undefined {
  if (imageUrl) return imageUrl;
  return content.coverImageUrl ? absoluteUrl(content.coverImageUrl) : undefined;
}

/** `url` is the page's absolute address (its canonical one). */
export function articleJsonLd(content: ContentView, url: string, options: ContentJsonLdOptions) {
  const image = contentImage(content, options.imageUrl);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: content.title,
    description: contentDescription(content) || undefined,
    image: image ? [image] : undefined,
    datePublished: content.publishedAt ? helsinkiIso(content.publishedAt) : undefined,
    dateModified: helsinkiIso(content.updatedAt),
    author: content.authorName ? { '@type': 'Person', name: content.authorName } : shopOrganization(options.shopName),
    publisher: shopOrganization(options.shopName),
    inLanguage: content.locale,
    keywords: content.tags.length ? content.tags.map((tag) => tag.name).join(', ') : undefined,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
  };
}
