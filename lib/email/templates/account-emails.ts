import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import type { EmailMessage } from '../outbox';
import { emailTranslator } from '../translator';

// The e-mails about a person's account. Each returns a message ready for the outbox.

/** `newAccount`: the address has no account yet, and opening the link makes one. */
export async function magicLinkEmail(to: string, url: string, locale: AppLocale, options: { newAccount?: boolean } = {}): Promise<EmailMessage> {
  const t = await emailTranslator(locale);
  const body = options.newAccount ? `${t('magicLink.body')}\n\n${url}\n\n${t('magicLink.newAccount')}` : `${t('magicLink.body')}\n\n${url}`;
  return {
    kind: 'auth.magic-link',
    to,
    subject: t('magicLink.subject'),
    text: `${body}\n\n${t('magicLink.ignore')}\n\n${t('signature')}`,
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

/** Finishing a sign-up: the link opens a page that asks for the password chosen at sign-up. */
export async function signUpConfirmEmail(to: string, url: string, locale: AppLocale): Promise<EmailMessage> {
  const t = await emailTranslator(locale);
  return {
    kind: 'auth.sign-up-confirm',
    to,
    subject: t('signUpConfirm.subject'),
    text: `${t('signUpConfirm.body')}\n\n${url}\n\n${t('signUpConfirm.ignore')}\n\n${t('signature')}`,
  };
}

/** Someone tried to sign up with an address that already has an account: its holder is told. */
export async function accountExistsEmail(to: string, urls: { signIn: string; reset: string }, locale: AppLocale): Promise<EmailMessage> {
  const t = await emailTranslator(locale);
  return {
    kind: 'auth.account-exists',
    to,
    subject: t('accountExists.subject'),
    text: `${t('accountExists.body')}\n\n${t('accountExists.signIn')}\n${urls.signIn}\n\n${t('accountExists.reset')}\n${urls.reset}\n\n${t('accountExists.ignore')}\n\n${t('signature')}`,
  };
}
