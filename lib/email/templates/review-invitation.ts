import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import type { AppLocale } from '@/i18n/routing';
import type { EmailMessage } from '../outbox';

export const REVIEW_INVITATION_KIND = 'review.invitation';

export type ReviewInvitation = {
  orderId: string;
  locale: AppLocale;
  to: string;
  name: string;
  number: number;
  /** The names of the products bought (each once). */
  products: readonly string[];
  /** The customer's order page, where the review forms are. */
  url: string;
};

/** "How was it?": after a pickup or a counter sale, the customer is asked to review what they bought. One per order. */
export async function reviewInvitationEmail(invitation: ReviewInvitation): Promise<EmailMessage> {
  const messages = await loadMessages(invitation.locale);
  const t = createTranslator({ locale: invitation.locale, messages, namespace: 'reviews.invitation' });
  const signature = createTranslator({ locale: invitation.locale, messages, namespace: 'email' })('signature');
  const number = String(invitation.number);
  return {
    kind: REVIEW_INVITATION_KIND,
    reference: invitation.orderId,
    to: invitation.to,
    subject: t('subject'),
    text: [
      invitation.name ? t('greeting', { name: invitation.name }) : null,
      t('intro', { number }),
      invitation.products.map((name) => `- ${name}`).join('\n'),
      `${t('link')}\n${invitation.url}`,
      t('why'),
      signature,
    ]
      .filter(Boolean)
      .join('\n\n'),
  };
}
