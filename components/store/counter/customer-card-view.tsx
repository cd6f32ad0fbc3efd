import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useId, type ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card, CardTitle } from '@/components/ui/card';
import type { CustomerCard } from '@/lib/counter/customer-card/load-customer-card';
import { formatCents } from '@/lib/money';

// No 'use client': the hand-over and return pages render it on the server, the till's
// <CustomerCard> in the browser (its strings come with the store layout).

/** The customer's card: notes for staff first, then orders, open pickups and returns, interests. */
export function CustomerCardView({ card }: { card: CustomerCard }) {
  const t = useTranslations('storeCustomerCard');
  const format = useFormatter();
  const locale = useLocale();
  const titleId = useId();
  const { customer, orderCounts } = card;
  const date = (value: Date) => format.dateTime(value, { dateStyle: 'short' });
  const total = orderCounts.WEB + orderCounts.STORE + orderCounts.KIOSK;

  return (
    <Card as="section" aria-labelledby={titleId} className="flex flex-col gap-4 p-3 sm:p-4" data-testid="customer-card">
      <div>
        <CardTitle id={titleId}>
          {t('title')}: {customer.name || customer.email}
        </CardTitle>
        <p className="text-sm break-words text-stone-700">{[customer.email, customer.phone].filter(Boolean).join(' · ')}</p>
        <p className="text-sm text-stone-700">{t('memberSince', { date: date(customer.createdAt) })}</p>
        <p className="mt-1">{t('orderCounts', { total, web: orderCounts.WEB, store: orderCounts.STORE, kiosk: orderCounts.KIOSK })}</p>
      </div>

      <CardPart title={t('notes')} empty={card.notes.length === 0 ? t('noNotes') : null}>
        {card.notes.map((note) => (
          <li key={note.id} className="rounded-lg border border-amber-200 bg-amber-50 p-2">
            <p className="whitespace-pre-wrap">{note.text}</p>
            <p className="text-sm text-stone-700">{date(note.createdAt)}</p>
          </li>
        ))}
      </CardPart>

      <div className="grid gap-4 sm:grid-cols-2">
        <CardPart title={t('recentOrders')} empty={card.recentOrders.length === 0 ? t('noOrders') : null}>
          {card.recentOrders.map((order) => (
            <li key={order.number}>
              <span className="font-medium">{t('order', { number: String(order.number) })}</span>
              <span className="block text-sm text-stone-700">
                {[
                  date(order.placedAt),
                  t(`channels.${order.channel}`),
                  formatCents(order.totalCents, locale, order.currency),
                  t(`orderStatuses.${order.status}`),
                  order.returnStatus === 'NONE' ? null : t(`orderReturnStatuses.${order.returnStatus}`),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </CardPart>

        <CardPart title={t('openPickups')} empty={card.openPickups.length === 0 ? t('noPickups') : null}>
          {card.openPickups.map((pickup) => (
            <li key={pickup.orderNumber}>
              <span className="font-medium">{t('pickupAt', { number: String(pickup.orderNumber), store: pickup.storeName })}</span>{' '}
              {pickup.atThisStore ? <Badge tone="info">{t('thisStore')}</Badge> : null}
              <span className="block text-sm text-stone-700">
                {[t(`pickupStatuses.${pickup.status}`), pickup.deadlineAt ? t('pickupDeadline', { date: date(pickup.deadlineAt) }) : null].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </CardPart>

        <CardPart title={t('openReturns')} empty={card.openReturns.length === 0 ? t('noReturns') : null}>
          {card.openReturns.map((item) => (
            <li key={item.number}>
              <span className="font-medium">{t('returnOf', { number: String(item.number), order: String(item.orderNumber) })}</span>
              <span className="block text-sm text-stone-700">
                {[
                  t(`returnStatuses.${item.status}`),
                  item.method === 'MAIL' ? t('byMail') : item.requestedStoreName ? t('toStore', { store: item.requestedStoreName }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </CardPart>

        <CardPart title={t('interests')} empty={card.interests.length === 0 ? t('noInterests') : null} inline>
          {card.interests.map((interest) => (
            <li key={interest.slug}>
              <Badge>{interest.name}</Badge>
            </li>
          ))}
        </CardPart>
      </div>

      <p className="text-xs text-stone-600">{t('recorded')}</p>
    </Card>
  );
}

/** One part of the card: a heading, then its list or a line saying there is nothing. */
function CardPart({ title, empty, inline = false, children }: { title: string; empty: string | null; inline?: boolean; children: ReactNode }) {
  return (
    <section>
      <h3 className="font-semibold text-stone-900">{title}</h3>
      {empty ? <p className="text-stone-700">{empty}</p> : <ul className={inline ? 'mt-1 flex flex-wrap gap-2' : 'mt-1 flex flex-col gap-2'}>{children}</ul>}
    </section>
  );
}
