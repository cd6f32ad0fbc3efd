import { randomUUID } from 'node:crypto';
import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { addOrderNoteAction } from '@/lib/actions/admin-order-add-note';
import { resendOrderConfirmationAction } from '@/lib/actions/admin-order-resend-confirmation';
import { getAdminOrder } from '@/lib/admin/orders/get-admin-order';
import { requireOwner } from '@/lib/auth/require';
import { deskReturnPath } from '@/lib/returns/desk-paths';
import { CancelOrderForm } from '@/components/admin/orders/cancel-order-form';
import { NoteForm } from '@/components/admin/orders/note-form';
import { OrderActivity } from '@/components/admin/orders/order-activity';
import { OrderContact } from '@/components/admin/orders/order-contact';
import { OrderLines } from '@/components/admin/orders/order-lines';
import { OrderPayments } from '@/components/admin/orders/order-payments';
import { RefundForm } from '@/components/admin/orders/refund-form';
import { SimpleOrderAction } from '@/components/admin/orders/simple-order-action';
import { OrderStatusBadge } from '@/components/orders/order-status-badge';
import { Badge } from '@/components/ui/badge';
import { readIntParam } from '@/lib/validation/number-param';

type Props = { params: Promise<{ locale: string; number: string }> };

function orderNumber(text: string): number | null {
  return readIntParam(text);
}

export async function generateMetadata({ params }: Props) {
  const locale = await metadataLocale(params);
  const { number } = await params;
  const t = await getTranslations({ locale, namespace: 'adminOrders.page' });
  return { title: t('title', { number }) };
}

export default async function AdminOrderPage({ params }: Props) {
  await pageLocale(params);
  const { number: param } = await params;
  await requireOwner(`/admin/orders/${param}`);
  const number = orderNumber(param);
  const order = number === null ? null : await getAdminOrder(number);
  if (!order) notFound();
  const [t, tList, format] = await Promise.all([getTranslations('adminOrders'), getTranslations('adminOrders.list'), getFormatter()]);
  const confirmed = ['PAID', 'PAY_AT_PICKUP', 'FULFILLED'].includes(order.status);
  return (
    <div>
      <Link href="/admin/orders" className="text-brand-800 underline">
        {t('page.back')}
      </Link>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t('page.title', { number: order.number })}</h1>
        <OrderStatusBadge status={order.status} />
        {order.returnStatus !== 'NONE' ? <Badge tone="warning">{tList(`returnStatuses.${order.returnStatus}`)}</Badge> : null}
      </div>
      <p className="mt-1 text-stone-700">
        <time dateTime={order.placedAt.toISOString()}>{format.dateTime(order.placedAt, { dateStyle: 'full', timeStyle: 'short' })}</time>
      </p>

      <div className="mt-6">
        <OrderContact order={order} />
      </div>
      <OrderLines order={order} />
      <OrderPayments order={order} />

      <section aria-labelledby="order-returns" className="mt-8">
        <h2 id="order-returns" className="text-lg font-semibold">
          {t('page.returns')}
        </h2>
        {order.returns.length === 0 ? (
          <p className="mt-2">{t('page.noReturns')}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-1">
            {order.returns.map((ret) => {
              const slug = ret.store?.slug ?? ret.requestedStore?.slug;
              const label = t('page.returnLink', { number: ret.number });
              return (
                <li key={ret.id} className="flex flex-wrap items-center gap-2">
                  {slug ? (
                    <Link href={deskReturnPath(slug, ret.number)} className="text-brand-800 underline">
                      {label}
                    </Link>
                  ) : (
                    <span>{label}</span>
                  )}
                  <Badge>{t(`page.returnStatuses.${ret.status}`)}</Badge>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="order-actions" className="mt-8 grid gap-6 lg:grid-cols-3">
        <h2 id="order-actions" className="sr-only">
          {t('page.actions')}
        </h2>
        <div className="rounded-lg border border-stone-200 bg-white p-4">
          <h3 className="text-lg font-semibold">{t('refund.title')}</h3>
          {order.money.refundableCents > 0 ? (
            <RefundForm orderId={order.id} refundableCents={order.money.refundableCents} currency={order.currency} nonce={randomUUID()} />
          ) : (
            <p className="mt-2 text-stone-700">{t('refund.nothing')}</p>
          )}
        </div>
        <div className="rounded-lg border border-stone-200 bg-white p-4">
          <h3 className="text-lg font-semibold">{t('cancel.title')}</h3>
          <p className="mt-2 mb-3 text-stone-700">{order.cancelKind ? t(`cancel.${order.cancelKind}`) : t('cancel.notPossible')}</p>
          {order.cancelKind ? <CancelOrderForm orderId={order.id} number={order.number} /> : null}
        </div>
        <div className="rounded-lg border border-stone-200 bg-white p-4">
          <h3 className="text-lg font-semibold">{t('resend.title')}</h3>
          <p className="mt-2 mb-3 text-stone-700">{confirmed ? t('resend.intro') : t('resend.notYet')}</p>
          {confirmed ? <SimpleOrderAction action={resendOrderConfirmationAction} fields={{ orderId: order.id }} label={t('resend.button')} /> : null}
          {order.fulfilment === 'PICKUP' ? <p className="mt-3 text-sm text-stone-700">{t('resend.pickupNote')}</p> : null}
        </div>
      </section>

      <section aria-labelledby="order-activity" className="mt-8">
        <h2 id="order-activity" className="text-lg font-semibold">
          {t('timeline.title')}
        </h2>
        <p className="mt-1 text-sm text-stone-700">{t('notes.intro')}</p>
        <OrderActivity order={order} />
        <NoteForm action={addOrderNoteAction} about={{ orderId: order.id }} count={order.notes.length} labels={{ text: t('notes.text'), submit: t('notes.submit') }} />
      </section>
    </div>
  );
}
