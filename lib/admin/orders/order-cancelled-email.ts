import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import type { EmailMessage } from '@/lib/email/outbox';
import { appUrl } from '@/lib/email/translator';
import { formatCents } from '@/lib/money';

export const ORDER_CANCELLED_KIND = 'order.cancelled';

type CancelledOrder = { id: string; number: number; name: string; email: string; locale: 'fi' | 'en'; currency: string };

/** The shop called the order off: what is refunded (or that nothing is charged). One per order. */
export async function orderCancelledEmail(order: CancelledOrder, refundedCents: number): Promise<EmailMessage> {
  const messages = await loadMessages(order.locale);
  const t = createTranslator({ locale: order.locale, messages, namespace: 'adminOrders.email' });
  const signature = createTranslator({ locale: order.locale, messages, namespace: 'email' })('signature');
  const number = String(order.number);
  return {
    kind: ORDER_CANCELLED_KIND,
    reference: order.id,
    to: order.email,
    subject: t('subject', { number }),
    text: [
      t('greeting', { name: order.name }),
      t('body', { number }),
      refundedCents > 0 ? t('refund', { amount: formatCents(refundedCents, order.locale, order.currency) }) : t('nothingCharged'),
      t('questions', { url: appUrl('/', order.locale) }),
      signature,
    ].join('\n\n'),
  };
}
