import 'server-only';
import { unstable_cache } from 'next/cache';
import { CATALOG_TAG, productTag } from '@/lib/catalog/cache-tags';
import { getProductReviews } from './get-product-reviews';

/**
 * The product page's reviews, cached with the product's own tag: publishing, hiding or replying
 * renews it through revalidateProducts(). Dates come back from the cache as strings: made Dates again.
 */
export async function cachedProductReviews(productId: string) {
  const data = await unstable_cache(() => getProductReviews(productId), ['reviews:product', productId], {
    tags: [CATALOG_TAG, productTag(productId)],
  })();
  return { ...data, reviews: data.reviews.map((r) => ({ ...r, publishedAt: new Date(r.publishedAt) })) };
}
