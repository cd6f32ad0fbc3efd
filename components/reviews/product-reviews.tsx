import { getFormatter, getTranslations } from 'next-intl/server';
import type { ProductReviews as Reviews } from '@/lib/reviews/get-product-reviews';
import { Stars } from './stars';

/** The product page's rating and published reviews, each with the shop's reply. Text is shown as text. */
export async function ProductReviews({ reviews }: { reviews: Reviews }) {
  const [t, format] = await Promise.all([getTranslations('reviews'), getFormatter()]);
  return (
    <section aria-labelledby="reviews-title" className="mt-16">
      <h2 id="reviews-title" className="text-2xl font-bold tracking-tight text-stone-900">
        {t('product.title')}
      </h2>
      {reviews.average === null ? (
        <p className="mt-2 text-stone-700">{t('product.none')}</p>
      ) : (
        <>
          <p className="mt-2 flex flex-wrap items-center gap-2 text-stone-900" data-testid="rating-summary">
            <Stars rating={reviews.average} label={t('ratingLabel', { rating: format.number(reviews.average) })} className="text-xl" />
            <span>{t('product.summary', { average: format.number(reviews.average), count: reviews.count })}</span>
          </p>
          <ul className="mt-6 flex flex-col gap-6">
            {reviews.reviews.map((review) => (
              <li key={review.id} className="border-t border-stone-200 pt-4">
                <Stars rating={review.rating} label={t('ratingLabel', { rating: review.rating })} />
                <p className="mt-1 whitespace-pre-line text-stone-900">{review.text}</p>
                <p className="mt-1 text-sm text-stone-700">
                  {t('product.byline', {
                    author: review.author ?? t('product.verifiedBuyer'),
                    date: format.dateTime(review.publishedAt, { dateStyle: 'medium' }),
                  })}
                </p>
                {review.ownerReply ? (
                  <div className="mt-3 rounded-md bg-stone-100 p-3">
                    <p className="text-sm font-semibold text-stone-900">{t('product.reply')}</p>
                    <p className="mt-1 whitespace-pre-line text-stone-800">{review.ownerReply}</p>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
