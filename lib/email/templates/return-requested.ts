import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import type { AppLocale } from '@/i18n/routing';
import { formatClock, groupOpeningHours, type IsoWeekday, type OpeningHoursRow } from '@/lib/orders/opening-hours';
import type { ReturnAddress } from '@/lib/returns/get-return-address';
import { returnQrText } from '@/lib/returns/return-qr';
import type { EmailMessage } from '../outbox';

export const RETURN_REQUESTED_KIND = 'return.requested';
const QR_CID = 'return-qr@digijalka';

export type ReturnRequestedEmailInput = {
  returnId: string;
  returnNumber: number;
  orderNumber: number;
  locale: AppLocale;
  to: string;
  name: string;
  lines: readonly { name: string; variantLabel: string | null; quantity: number }[];
  method: 'STORE' | 'MAIL';
  store: { name: string; street: string | null; postalCode: string | null; city: string | null; openingHours: readonly OpeningHoursRow[] } | null;
  mailAddress: ReturnAddress | null;
  shopName: string;
  contactEmail: string | null;
  /** The return's page (its number and QR). */
  pageUrl: string;
  /** The QR of returnQrText(returnNumber), as a PNG. */
  qrPng: Buffer;
};

/**
 * "We have your return": the return number in big type and as a QR code (an inline image) to show
 * at the desk, what is returned, and where to bring it or mail it. In the order's language; one per
 * return (the outbox's reference is the return's id).
 */
export async function returnRequestedEmail(input: ReturnRequestedEmailInput): Promise<EmailMessage> {
  const messages = await loadMessages(input.locale);
  const t = createTranslator({ locale: input.locale, messages, namespace: 'returns.email' });
  const tOrders = createTranslator({ locale: input.locale, messages, namespace: 'orders' });
  const signature = createTranslator({ locale: input.locale, messages, namespace: 'email' })('signature');
  const code = returnQrText(input.returnNumber);
  const number = String(input.returnNumber);

  const lines = input.lines.map((line) => `${line.quantity} × ${line.variantLabel ? `${line.name} (${line.variantLabel})` : line.name}`);
  const where = whereSection();

  function whereSection(): string[] {
    if (input.method === 'STORE' && input.store) {
      const store = input.store;
      const hours = groupOpeningHours(store.openingHours)
        .map((group) => {
          const day = (weekday: number) => tOrders(`weekdays.${weekday as IsoWeekday}`);
          const days = group.fromWeekday === group.toWeekday ? day(group.fromWeekday) : `${day(group.fromWeekday)}–${day(group.toWeekday)}`;
          return `${days} ${formatClock(group.opensAt, input.locale)}–${formatClock(group.closesAt, input.locale)}`;
        })
        .join(', ');
      return [
        t('storeTitle'),
        store.name,
        [store.street, [store.postalCode, store.city].filter(Boolean).join(' ')].filter(Boolean).join(', '),
        hours ? `${tOrders('details.openingHours')}: ${hours}` : '',
        t('storeBring', { code }),
      ].filter(Boolean);
    }
    const address = input.mailAddress;
    if (!address) return [t('mailTitle'), input.contactEmail ? t('mailAskAddress', { email: input.contactEmail }) : t('mailAskAddressNoEmail')];
    return [
      t('mailTitle'),
      t('mailTo'),
      `${input.shopName} / ${address.name}`,
      address.street,
      [address.postalCode, address.city].filter(Boolean).join(' '),
      t('mailPack', { code }),
    ].filter(Boolean);
  }

  const sections = [
    t('greeting', { name: input.name }),
    t('intro', { order: String(input.orderNumber) }),
    `${t('numberLabel')}: ${code}`,
    t('showCode'),
    [t('linesTitle'), ...lines].join('\n'),
    where.join('\n'),
    t('refundInfo'),
    `${t('pageLink')}\n${input.pageUrl}`,
    signature,
  ];

  const html = [
    `<p>${escape(t('greeting', { name: input.name }))}</p>`,
    `<p>${escape(t('intro', { order: String(input.orderNumber) }))}</p>`,
    `<p style="margin:16px 0 4px">${escape(t('numberLabel'))}</p>`,
    `<p style="font-size:32px;font-weight:bold;letter-spacing:2px;margin:0 0 8px">${escape(code)}</p>`,
    `<p><img src="cid:${QR_CID}" width="200" height="200" alt="${escape(t('qrAlt', { code }))}"></p>`,
    `<p>${escape(t('showCode'))}</p>`,
    `<p><strong>${escape(t('linesTitle'))}</strong><br>${lines.map(escape).join('<br>')}</p>`,
    `<p>${where.map(escape).join('<br>')}</p>`,
    `<p>${escape(t('refundInfo'))}</p>`,
    `<p>${escape(t('pageLink'))}<br><a href="${escape(input.pageUrl)}">${escape(input.pageUrl)}</a></p>`,
    `<p>${escape(signature).replaceAll('\n', '<br>')}</p>`,
  ].join('\n');

  return {
    kind: RETURN_REQUESTED_KIND,
    reference: input.returnId,
    to: input.to,
    subject: t('subject', { number }),
    text: sections.filter(Boolean).join('\n\n'),
    html,
    attachments: [{ filename: `palautus-${number}.png`, contentType: 'image/png', contentBase64: input.qrPng.toString('base64'), cid: QR_CID }],
  };
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}
