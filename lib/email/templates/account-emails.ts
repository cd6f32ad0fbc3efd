import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import type { EmailMessage } from '../outbox';
import { emailTranslator } from '../translator';

// The e-mails about a person's account. Each returns a message ready for the outbox.

export async function magicLinkEmail(to: string, url: string, locale: AppLocale): Promise<EmailMessage> {
  const t = await emailTranslator(locale);
  return {
    kind: 'auth.magic-link',
    to,
    subject: t('magicLink.subject'),
    text: `${t('magicLink.body')}\n\n${url}\n\n${t('magicLink.ignore')}\n\n${t('signature')}`,
  };
}

export async function passwordResetEmail(to: string, url: string, locale: AppLocale): Promise<EmailMessage> {
  const t = await emailTranslator(locale);
  return {
    kind: 'auth.password-reset',
    to,
    subject: t('passwordReset.subject'),
    text: `${t('passwordReset.body')}\n\n${url}\n\n${t('passwordReset.ignore')}\n\n${t('signature')}`,
  };
}

export async function emailChangeConfirmEmail(to: string, url: string, locale: AppLocale): Promise<EmailMessage> {
  const t = await emailTranslator(locale);
  return {
    kind: 'auth.email-change-confirm',
    to,
    subject: t('emailChange.subject'),
    text: `${t('emailChange.body', { email: to })}\n\n${url}\n\n${t('emailChange.ignore')}\n\n${t('signature')}`,
  };
}

export async function emailChangedNoticeEmail(to: string, newEmail: string, locale: AppLocale): Promise<EmailMessage> {
  const t = await emailTranslator(locale);
  return {
    kind: 'auth.email-changed-notice',
    to,
    subject: t('emailChanged.subject'),
    text: `${t('emailChanged.body', { email: newEmail })}\n\n${t('signature')}`,
  };
}
