import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { getSessionUser } from '@/lib/auth/session';
import { getOrderForViewer } from '@/lib/orders/get-order-for-viewer';
import { CartCountRefresh } from '@/components/orders/cart-count-refresh';
import { OrderDetails } from '@/components/orders/order-details';
import { OrderStatusBadge } from '@/components/orders/order-status-badge';
import { OrderTimeline } from '@/components/orders/order-timeline';
import { OrderReturns } from '@/components/returns/order-returns';
import { ButtonLink } from '@/components/ui/button';
import { Container } from '@/components/ui/container';
import { readIntParam } from '@/lib/validation/number-param';

type Props = {
  params: Promise<{ locale: string; number: string }>;
  searchParams: Promise<{ token?: string | string[]; session_id?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const { number } = await params;
  const t = await getTranslations({ locale, namespace: 'orders.page' });
  // The address may carry the order's secret: keep it out of search engines and Referer headers.
  return { title: t('metaTitle', { number }), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/**
 * The order confirmation and status page. Its customer, a guest with the secret link, or the
 * browser back from paying sees it; anyone else gets the same 404 as for a missing order.
 */
export default async function OrderPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const [{ number }, query, user] = await Promise.all([params, searchParams, getSessionUser()]);
  const checkoutSessionId = first(query.session_id);
  const token = first(query.token);
  const orderNumber = readIntParam(number);
  const order = orderNumber ? await getOrderForViewer(orderNumber, { userId: user?.id ?? null, token, checkoutSessionId }) : null;
  if (!order) notFound();

  const [t, format] = await Promise.all([getTranslations('orders.page'), getFormatter()]);
  const isOwner = user !== null && order.customerId === user.id;
  const lead =
    order.status === 'PENDING_PAYMENT'
      ? checkoutSessionId || !order.holdExpiresAt
        ? t('lead.paymentProcessing')
        : t('lead.PENDING_PAYMENT', { time: format.dateTime(order.holdExpiresAt, { timeStyle: 'short' }) })
      : order.status === 'PAY_AT_PICKUP' && !order.confirmedAt && order.holdExpiresAt
        ? // A guest's order paid at pickup waits for the link in its e-mail.
          t('lead.awaitingConfirmation', { email: order.email, time: format.dateTime(order.holdExpiresAt, { timeStyle: 'short' }) })
        : t(`lead.${order.status}`, { email: order.email });

  return (
    <Container size="narrow" className="py-8 sm:py-12">
      <CartCountRefresh />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-stone-900 sm:text-3xl">{t('title', { number: String(order.number) })}</h1>
        <OrderStatusBadge status={order.status} />
      </div>
      <p className="mt-1 text-sm text-stone-700">{t('placedAt', { date: format.dateTime(order.placedAt, { dateStyle: 'long', timeStyle: 'short' }) })}</p>
      <p className="mt-4 text-lg text-stone-900">{lead}</p>
      {!isOwner ? <p className="mt-2 text-sm text-stone-700">{t('saveLink')}</p> : null}

      <div className="mt-6 flex flex-col gap-6">
        <OrderDetails order={order} />
        <OrderReturns
          orderId={order.id}
          currency={order.currency}
          returnBase={`/order/${order.number}/return`}
          query={token ? `?token=${encodeURIComponent(token)}` : ''}
          canStart={Boolean(token) || isOwner}
        />
        <OrderTimeline events={order.events} headingId="order-timeline-title" />
      </div>

      <div className="mt-8 flex flex-wrap gap-3">
        <ButtonLink href="/" variant="secondary">
          {t('continue')}
        </ButtonLink>
        {isOwner ? (
          <ButtonLink href="/account/orders" variant="ghost">
            {t('allOrders')}
          </ButtonLink>
        ) : null}
      </div>
    </Container>
  );
}

function first(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
