import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import type { AppLocale } from '@/i18n/routing';
import { formatCents } from '@/lib/money';
import type { EmailMessage } from '../outbox';

export const PAYMENT_LINK_KIND = 'order.payment_link';

export type PaymentLink = { orderId: string; locale: AppLocale; to: string; name: string; number: number; totalCents: number; currency: string; storeName: string; url: string };

/** The link to pay an order that staff placed for the customer at a store's counter. One per order. */
export async function paymentLinkEmail(link: PaymentLink): Promise<EmailMessage> {
  const messages = await loadMessages(link.locale);
  const t = createTranslator({ locale: link.locale, messages, namespace: 'storeCounter.paymentLink' });
  const signature = createTranslator({ locale: link.locale, messages, namespace: 'email' })('signature');
  const number = String(link.number);
  return {
    kind: PAYMENT_LINK_KIND,
    reference: link.orderId,
    to: link.to,
    subject: t('subject', { number }),
    text: [
      link.name ? t('greeting', { name: link.name }) : null,
      t('intro', { number, store: link.storeName, amount: formatCents(link.totalCents, link.locale, link.currency) }),
      `${t('pay')}\n${link.url}`,
      t('expires'),
      signature,
    ]
      .filter(Boolean)
      .join('\n\n'),
  };
}
