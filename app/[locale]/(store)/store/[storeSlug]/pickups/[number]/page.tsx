import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { Link } from '@/i18n/navigation';
import { PickLines } from '@/components/store/pickups/pick-lines';
import { PickupBadges } from '@/components/store/pickups/pickup-badges';
import { PickupOrderActions } from '@/components/store/pickups/pickup-order-actions';
import { PickupTransfers } from '@/components/store/pickups/pickup-transfers';
import { Badge } from '@/components/ui/badge';
import { getStorePickupOrder } from '@/lib/pickups/get-store-pickup-order';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';
import { readIntParam } from '@/lib/validation/number-param';

type Props = { params: Promise<{ locale: string; storeSlug: string; number: string }> };

export async function generateMetadata({ params }: Props) {
  const [locale, { number }] = await Promise.all([metadataLocale(params), params]);
  const t = await getTranslations({ locale, namespace: 'storePickups.order' });
  return { title: t('metaTitle', { number }) };
}

/** One pickup order for staff: who, what to pick (tick off or cancel lines), transfers, and the next step. */
export default async function PickupOrderPage({ params }: Props) {
  const [, { storeSlug, number }] = await Promise.all([pageLocale(params), params]);
  const { store } = await requireStoreStaff({ slug: storeSlug }, `/store/${storeSlug}/pickups/${number}`);
  const orderNumber = readIntParam(number);
  const order = orderNumber ? await getStorePickupOrder(store.id, orderNumber) : null;
  if (!order) notFound();
  const [t, tStatus, format] = await Promise.all([getTranslations('storePickups.order'), getTranslations('storePickups.pickupStatuses'), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' });
  const money = (cents: number) => format.number(cents / 100, { style: 'currency', currency: order.currency });
  const { pickup } = order;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <Link href={`/store/${store.slug}/pickups`} className="inline-flex min-h-11 items-center underline underline-offset-4 hover:no-underline">
          <span aria-hidden="true">←&nbsp;</span>
          {t('back')}
        </Link>
        <h1 className="text-2xl font-bold">{t('title', { number: String(order.number) })}</h1>
        <div className="mt-2 flex flex-wrap gap-1">
          <Badge>{tStatus(pickup.status)}</Badge>
          <PickupBadges orderStatus={order.status} inTransit={order.inTransit} overdue={order.overdue} />
        </div>
      </div>

      <section aria-labelledby="pickup-customer" className="rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="pickup-customer" className="text-lg font-semibold">
          {t('customerTitle')}
        </h2>
        <p className="font-medium">{order.name}</p>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-stone-700">{t('email')}</dt>
          <dd className="break-all">
            <a href={`mailto:${order.email}`} className="underline underline-offset-4">
              {order.email}
            </a>
          </dd>
          {order.phone ? (
            <>
              <dt className="text-stone-700">{t('phone')}</dt>
              <dd>
                <a href={`tel:${order.phone.replace(/\s+/g, '')}`} className="underline underline-offset-4">
                  {order.phone}
                </a>
              </dd>
            </>
          ) : null}
          <dt className="text-stone-700">{t('placedAt')}</dt>
          <dd>{when(order.placedAt)}</dd>
          {pickup.status === 'PENDING' || pickup.status === 'PICKING' ? (
            <>
              <dt className="text-stone-700">{t('promised')}</dt>
              <dd>{when(order.promisedAt)}</dd>
            </>
          ) : null}
          {pickup.deadlineAt ? (
            <>
              <dt className="text-stone-700">{t('deadline')}</dt>
              <dd>{when(pickup.deadlineAt)}</dd>
            </>
          ) : null}
          <dt className="text-stone-700">{order.status === 'PAID' ? t('paidTotal') : t('total')}</dt>
          <dd className="font-semibold">{money(order.activeTotalCents)}</dd>
          {order.refundedCents > 0 ? (
            <>
              <dt className="text-stone-700">{t('refunded')}</dt>
              <dd>{money(order.refundedCents)}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <PickupTransfers storeId={store.id} order={order} />

      <section aria-labelledby="pickup-lines">
        <h2 id="pickup-lines" className="mb-2 text-lg font-semibold">
          {t('linesTitle')}
        </h2>
        <PickLines storeId={store.id} order={order} />
      </section>

      <PickupOrderActions storeId={store.id} order={order} />

      {pickup.readyAt || pickup.pickedUpAt || pickup.cancelledAt ? (
        <section aria-labelledby="pickup-status">
          <h2 id="pickup-status" className="text-lg font-semibold">
            {t('statusTitle')}
          </h2>
          <ul className="text-stone-800">
            {pickup.readyAt ? <li>{t('readyAt', { date: when(pickup.readyAt) })}</li> : null}
            {pickup.pickedUpAt ? <li>{t('pickedUpAt', { date: when(pickup.pickedUpAt) })}</li> : null}
            {pickup.cancelledAt ? <li>{t('cancelledAt', { date: when(pickup.cancelledAt) })}</li> : null}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
