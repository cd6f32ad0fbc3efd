// schema.org Product data for search engines: one Offer per variant, with its price as a decimal
// string in euros and whether the web shop can sell it now.
import { SHOP_TIME_ZONE } from './helsinki-clock';
import type { ProductPageData } from './types';

/** A date in Finland as YYYY-MM-DD. */
const helsinkiDate = new Intl.DateTimeFormat('en-CA', { timeZone: SHOP_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** 1290 -> "12.90", without floating point. */
export function centsToDecimal(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(Math.abs(cents % 100)).padStart(2, '0')}`;
}

export type ProductJsonLdInput = {
  product: ProductPageData;
  /** The product page's absolute URL. */
  url: string;
  /** Absolute URLs of the product's images. */
  imageUrls: string[];
  /** Units the web shop can sell now, by variant id. */
  sellable: Record<string, number>;
  shopName: string;
  /** The product's published reviews (none: no rating in the data). */
  reviews?: ProductJsonLdReviews;
};

/** Published reviews as the structured data needs them (the reviews domain gives them). */
export type ProductJsonLdReviews = {
  /** Average stars, 1-5. */
  average: number | null;
  count: number;
  items: { rating: number; text: string; author: string; publishedAt: Date }[];
};

/** schema.org AggregateRating and Review items; nothing when there is no published review. */
function reviewData(reviews: ProductJsonLdReviews | undefined) {
  if (!reviews || reviews.count < 1 || reviews.average === null) return {};
  const scale = { bestRating: 5, worstRating: 1 };
  return {
    aggregateRating: { '@type': 'AggregateRating', ratingValue: reviews.average, reviewCount: reviews.count, ...scale },
    review: reviews.items.length
      ? reviews.items.map((item) => ({
          '@type': 'Review',
          reviewRating: { '@type': 'Rating', ratingValue: item.rating, ...scale },
          author: { '@type': 'Person', name: item.author },
          datePublished: helsinkiDate.format(item.publishedAt),
          reviewBody: item.text,
        }))
      : undefined,
  };
}

export function productJsonLd({ product, url, imageUrls, sellable, shopName, reviews }: ProductJsonLdInput) {
  const several = product.variants.length > 1;
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    description: product.description || undefined,
    image: imageUrls.length ? imageUrls : undefined,
    sku: several ? undefined : product.variants[0].sku,
    brand: product.vendor ? { '@type': 'Brand', name: product.vendor } : undefined,
    category: product.categoryPath.map((c) => c.name).join(' > ') || undefined,
    offers: product.variants.map((variant) => ({
      '@type': 'Offer',
      sku: variant.sku,
      name: several ? [variant.size, variant.colour].filter(Boolean).join(' / ') || undefined : undefined,
      price: centsToDecimal(variant.priceCents),
      priceCurrency: 'EUR',
      availability: (sellable[variant.id] ?? 0) > 0 ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
      url: several ? `${url}?variant=${encodeURIComponent(variant.sku)}` : url,
      seller: { '@type': 'Organization', name: shopName },
    })),
    ...reviewData(reviews),
  };
}

/** The JSON for a <script type="application/ld+json">, safe to put in HTML ("<" escaped). */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
