import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { OrderDetails as Order } from '@/lib/orders/load-order-details';
import { formatCents } from '@/lib/money';
import { Card, CardTitle } from '@/components/ui/card';
import { MoneySummary } from './money-summary';
import { OpeningHoursList } from './opening-hours-list';

/** What was ordered, what it costs (VAT per rate), how it reaches the shopper, and how it is paid. */
export function OrderDetails({ order }: { order: Order }) {
  const t = useTranslations('orders');
  const locale = useLocale();
  const format = useFormatter();
  const money = (cents: number) => formatCents(cents, locale, order.currency);
  const store = order.pickupStore;
  return (
    <div className="flex flex-col gap-6">
      <Card as="section" aria-labelledby="order-lines-title">
        <CardTitle id="order-lines-title">{t('details.linesTitle')}</CardTitle>
        <ul className="mt-3 divide-y divide-stone-200">
          {order.lines.map((line) => (
            <li key={line.id} className="flex justify-between gap-4 py-3">
              <div>
                <p className="font-medium text-stone-900">{line.name}</p>
                {line.variantLabel ? <p className="text-sm text-stone-700">{line.variantLabel}</p> : null}
                <p className="text-sm text-stone-700">
                  {t('details.quantityValue', { quantity: line.quantity })} × {money(line.unitPriceCents)}
                </p>
                <p className="text-xs text-stone-600">{t('details.sku', { sku: line.sku })}</p>
              </div>
              <p className="text-right font-medium tabular-nums">{money(line.lineTotalCents)}</p>
            </li>
          ))}
        </ul>
        <MoneySummary
          className="mt-3 border-t border-stone-200 pt-3"
          subtotalCents={order.subtotalCents}
          shippingCents={order.shippingCents}
          totalCents={order.totalCents}
          vatBreakdown={order.vatBreakdown}
          shippingLabel={t(`fulfilments.${order.fulfilment}`)}
          currency={order.currency}
        />
      </Card>

      <Card as="section" aria-labelledby="order-fulfilment-title">
        <CardTitle id="order-fulfilment-title">{t(`fulfilments.${order.fulfilment}`)}</CardTitle>
        {order.fulfilment === 'PICKUP' && store ? (
          <div className="mt-2 flex flex-col gap-3 text-stone-800">
            <address className="not-italic">
              <span className="block font-medium">{store.name}</span>
              {store.street ? <span className="block">{store.street}</span> : null}
              <span className="block">{[store.postalCode, store.city].filter(Boolean).join(' ')}</span>
              {store.phone ? <span className="block">{store.phone}</span> : null}
            </address>
            {store.openingHours.length > 0 ? (
              <div>
                <h3 className="font-medium">{t('details.openingHours')}</h3>
                <OpeningHoursList hours={store.openingHours} className="mt-1 text-sm" />
              </div>
            ) : null}
            {order.awaitingTransfer ? <p>{t('details.pickupTransfer')}</p> : null}
            <p>{t('details.pickupReadyNotice', { days: store.pickupDeadlineDays })}</p>
          </div>
        ) : order.fulfilment === 'PARCEL_LOCKER' ? (
          <p className="mt-2 text-stone-800">{order.parcelLockerName}</p>
        ) : (
          <address className="mt-2 not-italic text-stone-800">
            <span className="block">{order.name}</span>
            <span className="block">{order.shippingStreet}</span>
            <span className="block">{[order.shippingPostalCode, order.shippingCity].filter(Boolean).join(' ')}</span>
          </address>
        )}
      </Card>

      <div className="grid gap-6 sm:grid-cols-2">
        <Card as="section" aria-labelledby="order-payment-title">
          <CardTitle id="order-payment-title">{t('details.paymentTitle')}</CardTitle>
          <p className="mt-2 text-stone-800">
            {order.status === 'PAY_AT_PICKUP'
              ? t('details.payAtPickup')
              : order.paidAt
                ? t('details.paid', { date: format.dateTime(order.paidAt, { dateStyle: 'medium' }) })
                : t('details.unpaid')}
          </p>
        </Card>
        <Card as="section" aria-labelledby="order-contact-title">
          <CardTitle id="order-contact-title">{t('details.contactTitle')}</CardTitle>
          <p className="mt-2 break-words text-stone-800">
            <span className="block">{order.name}</span>
            <span className="block">{order.email}</span>
            {order.phone ? <span className="block">{order.phone}</span> : null}
          </p>
        </Card>
      </div>
    </div>
  );
}
