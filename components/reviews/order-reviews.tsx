import { getTranslations } from 'next-intl/server';
import { Card, CardTitle } from '@/components/ui/card';
import type { OrderLineReviewState } from '@/lib/reviews/get-order-review-state';
import { ReviewForm } from './review-form';
import { Stars } from './stars';

type Line = { productId: string | null; name: string };

/**
 * On the customer's own fulfilled order: a "write a review" form for each product they have not
 * reviewed yet, and what they wrote about the others. Nothing when no product can be reviewed.
 */
export async function OrderReviews({ lines, state }: { lines: Line[]; state: Record<string, OrderLineReviewState> }) {
  const products = new Map<string, string>();
  for (const line of lines) if (line.productId && state[line.productId] && !products.has(line.productId)) products.set(line.productId, line.name);
  if (products.size === 0) return null;
  const t = await getTranslations('reviews');
  return (
    <Card as="section" aria-labelledby="order-reviews-title">
      <CardTitle id="order-reviews-title">{t('write.title')}</CardTitle>
      <p className="mt-1 text-stone-700">{t('write.intro')}</p>
      <ul className="mt-3 divide-y divide-stone-200">
        {[...products].map(([productId, name]) => {
          const review = state[productId];
          return (
            <li key={productId} className="py-4">
              <h3 className="font-semibold text-stone-900">{name}</h3>
              {review.kind === 'written' ? (
                <p className="mt-1 text-stone-800">
                  <Stars rating={review.rating} label={t('ratingLabel', { rating: review.rating })} />{' '}
                  {t(`write.status.${review.status}`)}
                </p>
              ) : (
                <div className="mt-2">
                  <ReviewForm productId={productId} productName={name} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
