import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { ReviewModeration } from '@/components/admin/reviews/review-moderation';
import { ReviewReplyForm } from '@/components/admin/reviews/review-reply-form';
import { Stars } from '@/components/reviews/stars';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { requireOwner } from '@/lib/auth/require';
import { listReviewsForOwner } from '@/lib/reviews/list-reviews-for-owner';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'reviews.admin' });
  return { title: t('title') };
}

const tones = { PENDING: 'warning', PUBLISHED: 'success', HIDDEN: 'neutral' } as const;

/** Buyers' reviews, waiting ones first: publish, hide, reply. */
export default async function AdminReviewsPage({ params }: Props) {
  await pageLocale(params);
  await requireOwner('/admin/reviews');
  const [reviews, t, tReviews, format, locale] = await Promise.all([
    listReviewsForOwner(),
    getTranslations('reviews.admin'),
    getTranslations('reviews'),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-stone-700">{t('intro')}</p>
      {reviews.length === 0 ? (
        <EmptyState className="mt-6" title={t('empty')} />
      ) : (
        <ul className="mt-6 flex flex-col gap-4">
          {reviews.map((review) => {
            const productName = locale === 'en' ? review.product.nameEn : review.product.nameFi;
            return (
              <li key={review.id} className="rounded-lg border border-stone-200 bg-white p-4" aria-labelledby={`review-${review.id}`}>
                <div className="flex flex-wrap items-center gap-3">
                  <h2 id={`review-${review.id}`} className="font-semibold text-stone-900">
                    <Link href={`/product/${review.product.slug}`} className="underline underline-offset-2">
                      {productName}
                    </Link>
                  </h2>
                  <Badge tone={tones[review.status]}>{t(`statuses.${review.status}`)}</Badge>
                </div>
                <p className="mt-2">
                  <Stars rating={review.rating} label={tReviews('ratingLabel', { rating: review.rating })} />
                </p>
                <p className="mt-1 whitespace-pre-line text-stone-900">{review.text}</p>
                <p className="mt-2 text-sm text-stone-700">
                  {t('buyer')}: {review.user.name ?? review.user.email}
                  {review.order ? (
                    <>
                      {' · '}
                      <Link href={`/admin/orders/${review.order.number}`} className="underline underline-offset-2">
                        {t('order', { number: String(review.order.number) })}
                      </Link>
                    </>
                  ) : null}
                  {' · '}
                  {t('written', { date: format.dateTime(review.createdAt, { dateStyle: 'medium' }) })}
                </p>
                <div className="mt-3">
                  <ReviewModeration reviewId={review.id} status={review.status} />
                </div>
                <div className="mt-3">
                  <ReviewReplyForm reviewId={review.id} reply={review.ownerReply} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
