import 'server-only';
import { createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import type { AppLocale } from '@/i18n/routing';
import { SHOP_TIME_ZONE } from '@/lib/catalog/helsinki-clock';
import { formatCents } from '@/lib/money';
import { formatClock, groupOpeningHours, type IsoWeekday } from '@/lib/orders/opening-hours';
import type { PickupEmailOrder } from '@/lib/pickups/load-pickup-email-order';

// What every pickup e-mail shares: the reader's language, the store's address and hours, dates
// in Helsinki time, and a plain HTML frame (the text part says the same).

export async function pickupEmailTools(locale: AppLocale) {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: 'storePickups.email' });
  const signature = createTranslator({ locale, messages, namespace: 'email' })('signature');
  const dateFormat = new Intl.DateTimeFormat(locale === 'fi' ? 'fi-FI' : 'en-GB', {
    timeZone: SHOP_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  });
  return {
    t,
    signature,
    money: (cents: number, currency = 'EUR') => formatCents(cents, locale, currency),
    date: (value: Date) => dateFormat.format(value),
  };
}

type Tools = Awaited<ReturnType<typeof pickupEmailTools>>;

/** The store's name, address, phone and opening hours, one per line. */
export function storeBlock(store: PickupEmailOrder['store'], tools: Tools, locale: AppLocale): string {
  const hours = groupOpeningHours(store.openingHours)
    .map((group) => {
      const day = (weekday: number) => tools.t(`weekdays.${weekday as IsoWeekday}`);
      const days = group.fromWeekday === group.toWeekday ? day(group.fromWeekday) : `${day(group.fromWeekday)}–${day(group.toWeekday)}`;
      return `${days} ${formatClock(group.opensAt, locale)}–${formatClock(group.closesAt, locale)}`;
    })
    .join(', ');
  return [
    store.name,
    [store.street, [store.postalCode, store.city].filter(Boolean).join(' ')].filter(Boolean).join(', '),
    store.phone,
    hours ? `${tools.t('openingHours')}: ${hours}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}

export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** Paragraphs of plain text as HTML (line breaks kept), for the e-mail's HTML part. */
export function htmlParagraphs(sections: readonly string[]): string {
  return sections.map((section) => `<p>${escapeHtml(section).replaceAll('\n', '<br>')}</p>`).join('\n');
}

export function htmlDocument(locale: AppLocale, body: string): string {
  return `<!doctype html>\n<html lang="${locale}"><body style="font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1c1917;">\n${body}\n</body></html>`;
}
