import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { Link } from '@/i18n/navigation';
import { requireUser } from '@/lib/auth/require';
import { getOrderForViewer } from '@/lib/orders/get-order-for-viewer';
import { AccountNav } from '@/components/account/account-nav';
import { OrderDetails } from '@/components/orders/order-details';
import { OrderStatusBadge } from '@/components/orders/order-status-badge';
import { OrderTimeline } from '@/components/orders/order-timeline';
import { OrderReturns } from '@/components/returns/order-returns';
import { OrderReviews } from '@/components/reviews/order-reviews';
import { Container } from '@/components/ui/container';
import { getOrderReviewState } from '@/lib/reviews/get-order-review-state';
import { readIntParam } from '@/lib/validation/number-param';

type Props = { params: Promise<{ locale: string; number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const { number } = await params;
  const t = await getTranslations({ locale, namespace: 'orders.page' });
  return { title: t('metaTitle', { number }), robots: { index: false } };
}

/** One of the signed-in customer's orders, with its timeline. Another's order is a 404. */
export default async function AccountOrderPage({ params }: Props) {
  await pageLocale(params);
  const { number } = await params;
  const user = await requireUser(`/account/orders/${encodeURIComponent(number)}`);
  const orderNumber = readIntParam(number);
  const order = orderNumber ? await getOrderForViewer(orderNumber, { userId: user.id }) : null;
  if (!order) notFound();
  const [t, tAccount, format, reviewState] = await Promise.all([
    getTranslations('orders'),
    getTranslations('account'),
    getFormatter(),
    getOrderReviewState(order.id, user.id),
  ]);
  return (
    <Container size="narrow" className="py-8">
      <p className="text-2xl font-bold sm:text-3xl">{tAccount('title')}</p>
      <AccountNav current="orders" />
      <p className="mt-4">
        <Link href="/account/orders" className="inline-flex min-h-11 items-center text-brand-800 underline underline-offset-2">
          {t('account.back')}
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-stone-900">{t('page.title', { number: String(order.number) })}</h1>
        <OrderStatusBadge status={order.status} />
      </div>
      <p className="mt-1 text-sm text-stone-700">{t('page.placedAt', { date: format.dateTime(order.placedAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>
      <div className="mt-6 flex flex-col gap-6">
        <OrderTimeline events={order.events} headingId="order-timeline-title" />
        <OrderDetails order={order} />
        <OrderReviews lines={order.lines} state={reviewState} />
        <OrderReturns orderId={order.id} currency={order.currency} returnBase={`/account/orders/${order.number}/return`} canStart />
      </div>
    </Container>
  );
}
