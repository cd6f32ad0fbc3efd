import type { AppLocale } from '@/i18n/routing';
import { appUrl } from '@/lib/email/translator';

/** The order's page with the secret that lets a guest in (for e-mails). */
export function orderUrl(number: number, accessToken: string, locale: AppLocale): string {
  return appUrl(`/order/${number}?token=${encodeURIComponent(accessToken)}`, locale);
}
