import type { AppLocale } from '@/i18n/routing';
import { appUrl } from '@/lib/email/translator';

/** The order's page with the secret that lets a guest in (for e-mails). */
export function orderUrl(number: number, accessToken: string, locale: AppLocale): string {
  return appUrl(`/order/${number}?token=${encodeURIComponent(accessToken)}`, locale);
}

/** The link in a guest's pay-at-pickup confirmation that confirms the order (for e-mails). */
export function confirmPickupUrl(number: number, confirmToken: string, locale: AppLocale): string {
  return appUrl(`/confirm-order/${number}?token=${encodeURIComponent(confirmToken)}`, locale);
}
