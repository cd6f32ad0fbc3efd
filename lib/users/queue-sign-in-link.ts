import 'server-only';
import type { AppLocale } from '@/i18n/routing';
import { prisma } from '@/lib/db';
import { queueEmail } from '@/lib/email/outbox';
import { magicLinkEmail } from '@/lib/email/templates/account-emails';

/**
 * Queues the e-mail with a sign-in link (made by next-auth) to `email`, and returns its outbox id.
 * An address without an account gets the link too, saying that opening it creates a customer
 * account; a deactivated account gets nothing (null). The caller's answer is the same in every
 * case: it runs after the response (afterResponse).
 */
export async function queueSignInLink(email: string, url: string): Promise<string | null> {
  const user = await prisma.user.findUnique({ where: { email }, select: { locale: true, active: true } });
  if (user && !user.active) return null;
  const locale = user?.locale ?? localeOfCallback(url);
  return queueEmail(await magicLinkEmail(email, url, locale, { newAccount: !user }));
}

/** The language of the page the link returns to (…?callbackUrl=https://shop/en/account → en). */
function localeOfCallback(url: string): AppLocale {
  try {
    const callback = new URL(new URL(url).searchParams.get('callbackUrl') ?? '/', url);
    return /^\/en(\/|$)/.test(callback.pathname) ? 'en' : 'fi';
  } catch {
    return 'fi';
  }
}
