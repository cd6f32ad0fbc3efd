import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import type { AppLocale } from '@/i18n/routing';
import { SHOP_TIME_ZONE } from '@/lib/catalog/helsinki-clock';
import type { EmailMessage } from '../outbox';

export type StaffInvitationEmail = {
  to: string;
  name: string | null;
  inviterName: string;
  shopName: string;
  /** The one-time link to the invitation page. */
  url: string;
  stores: readonly string[];
  expiresAt: Date;
  locale: AppLocale;
};

/** "Join the staff": who invited them, to which stores, the link and until when it works. */
export async function staffInvitationEmail(invitation: StaffInvitationEmail): Promise<EmailMessage> {
  const messages = await loadMessages(invitation.locale);
  const t = createTranslator({ locale: invitation.locale, messages, namespace: 'adminStores.staff.invitationEmail' });
  const signature = createTranslator({ locale: invitation.locale, messages, namespace: 'email' })('signature');
  const until = new Intl.DateTimeFormat(invitation.locale === 'fi' ? 'fi-FI' : 'en-GB', {
    timeZone: SHOP_TIME_ZONE,
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(invitation.expiresAt);
  const stores = invitation.stores.length > 0 ? t('stores', { stores: invitation.stores.join(', ') }) : t('noStores');
  const lines = [
    invitation.name ? t('greeting', { name: invitation.name }) : t('greetingNoName'),
    '',
    t('body', { inviter: invitation.inviterName, shop: invitation.shopName }),
    stores,
    '',
    t('action'),
    invitation.url,
    '',
    t('expires', { until }),
    t('ignore'),
    '',
    signature,
  ];
  return { kind: 'staff.invitation', to: invitation.to, subject: t('subject', { shop: invitation.shopName }), text: lines.join('\n') };
}
