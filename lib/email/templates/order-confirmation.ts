import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import type { AppLocale } from '@/i18n/routing';
import { formatCents } from '@/lib/money';
import { formatVatRate } from '@/lib/orders/format-vat-rate';
import { formatClock, groupOpeningHours, type IsoWeekday } from '@/lib/orders/opening-hours';
import type { OrderDetails } from '@/lib/orders/load-order-details';
import type { EmailMessage } from '../outbox';

export const ORDER_CONFIRMATION_KIND = 'order.confirmation';

/**
 * The order confirmation, in the order's language: lines, VAT per rate, totals, how the order
 * reaches the shopper (for pickup: the store's address and opening hours, and that we tell them
 * when it is ready), and the link to the order's page. With `confirm` (a guest's order paid at
 * pickup), the shopper is first asked to confirm the order through its link within its minutes.
 */
export async function orderConfirmationEmail(
  order: OrderDetails,
  orderUrl: string,
  confirm?: { url: string; minutes: number },
): Promise<EmailMessage> {
  const locale: AppLocale = order.locale;
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: 'orders' });
  const signature = createTranslator({ locale, messages, namespace: 'email' })('signature');
  const money = (cents: number) => formatCents(cents, locale, order.currency);

  function fulfilmentSection(): string {
    const title = t(`fulfilments.${order.fulfilment}`);
    if (order.fulfilment === 'PICKUP' && order.pickupStore) {
      const store = order.pickupStore;
      const hours = groupOpeningHours(store.openingHours)
        .map((group) => {
          const day = (weekday: number) => t(`weekdays.${weekday as IsoWeekday}`);
          const days = group.fromWeekday === group.toWeekday ? day(group.fromWeekday) : `${day(group.fromWeekday)}–${day(group.toWeekday)}`;
          return `${days} ${formatClock(group.opensAt, locale)}–${formatClock(group.closesAt, locale)}`;
        })
        .join(', ');
      return [
        title,
        store.name,
        [store.street, [store.postalCode, store.city].filter(Boolean).join(' ')].filter(Boolean).join(', '),
        hours ? `${t('details.openingHours')}: ${hours}` : null,
        order.awaitingTransfer ? t('details.pickupTransfer') : null,
        t('details.pickupReadyNotice', { days: store.pickupDeadlineDays }),
      ]
        .filter(Boolean)
        .join('\n');
    }
    if (order.fulfilment === 'PARCEL_LOCKER') return [title, order.parcelLockerName].filter(Boolean).join('\n');
    return [
      title,
      order.name,
      order.shippingStreet,
      [order.shippingPostalCode, order.shippingCity].filter(Boolean).join(' '),
    ]
      .filter(Boolean)
      .join('\n');
  }

  const lines = order.lines.map((line) => {
    const name = line.variantLabel ? `${line.name} (${line.variantLabel})` : line.name;
    return `${line.quantity} × ${name}: ${money(line.lineTotalCents)}`;
  });
  const vat = order.vatBreakdown.map((row) =>
    t('email.vatRow', { rate: formatVatRate(row.rateBp, locale), vat: money(row.vatCents), net: money(row.netCents) }),
  );
  const sections = [
    t('email.greeting', { name: order.name }),
    t('email.intro', { number: String(order.number) }),
    confirm ? `${t('email.confirmPickup', { minutes: confirm.minutes })}\n${confirm.url}` : null,
    [t('email.linesTitle'), ...lines].join('\n'),
    [
      `${t('details.subtotal')}: ${money(order.subtotalCents)}`,
      `${t(`fulfilments.${order.fulfilment}`)}: ${order.shippingCents === 0 ? t('details.free') : money(order.shippingCents)}`,
      `${t('details.total')}: ${money(order.totalCents)}`,
      t('email.vatIncluded'),
      ...vat,
    ].join('\n'),
    fulfilmentSection(),
    order.status === 'PAY_AT_PICKUP' ? t('email.payAtPickup') : order.status === 'PAID' ? t('email.paid') : null,
    `${t('email.orderLink')}\n${orderUrl}`,
    signature,
  ];
  return {
    kind: ORDER_CONFIRMATION_KIND,
    to: order.email,
    subject: t('email.subject', { number: String(order.number) }),
    text: sections.filter(Boolean).join('\n\n'),
  };
}

export const ORDER_ACCESS_LINK_KIND = 'order.access-link';

/** The answer to a guest's order lookup: a new link to the order's page, working for `linkDays`. */
export async function orderAccessLinkEmail(
  order: { number: number; email: string; locale: AppLocale },
  orderUrl: string,
  linkDays: number,
): Promise<EmailMessage> {
  const messages = await loadMessages(order.locale);
  const t = createTranslator({ locale: order.locale, messages, namespace: 'orders.email.accessLink' });
  const signature = createTranslator({ locale: order.locale, messages, namespace: 'email' })('signature');
  const number = String(order.number);
  return {
    kind: ORDER_ACCESS_LINK_KIND,
    to: order.email,
    subject: t('subject', { number }),
    text: [`${t('body', { number })}\n${orderUrl}`, t('replaces', { days: linkDays }), t('ignore'), signature].join('\n\n'),
  };
}
