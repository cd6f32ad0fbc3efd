import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import { localizedPath, type AppLocale } from '@/i18n/routing';

/** Translations for e-mails, which are written outside any request (and in the reader's language). */
export async function emailTranslator(locale: AppLocale) {
  const messages = await loadMessages(locale);
  return createTranslator({ locale, messages, namespace: 'email' });
}

export function appUrl(pathname: string, locale: AppLocale): string {
  const base = (process.env.NEXTAUTH_URL ?? process.env.APP_URL ?? 'http://localhost:3000').replace(/\/$/, '');
  return `${base}${localizedPath(pathname, locale)}`;
}
