import 'server-only';
import { contentPath } from '@/lib/content/content-paths';
import { appUrl } from '@/lib/email/translator';
import type { AppLocale } from '@/i18n/routing';
import type { Tx } from '@/lib/inventory/tx';
import { pickEventPage } from './event-title';

/** What every e-mail about an event says: its title and page in the reader's language, time and place. */
export type EventMailFacts = {
  eventId: string;
  title: string | null;
  startsAt: Date;
  endsAt: Date;
  store: { name: string; street: string | null; postalCode: string | null; city: string | null };
  /** The public event page (absolute), when a version of it is published. */
  pageUrl: string | null;
};

/**
 * The event as e-mails describe it. The title and link come from the event's page in `locale`,
 * or from the other language's page when there is none (a published page first).
 */
export async function loadEventMailFacts(tx: Tx, eventId: string, locale: AppLocale): Promise<EventMailFacts> {
  const event = await tx.event.findUniqueOrThrow({
    where: { id: eventId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      store: { select: { name: true, street: true, postalCode: true, city: true } },
      contents: { where: { type: 'EVENT' }, select: { locale: true, slug: true, title: true, status: true } },
    },
  });
  const page = pickEventPage(event.contents, locale);
  return {
    eventId: event.id,
    title: page?.title ?? null,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    store: event.store,
    pageUrl: page && page.status === 'PUBLISHED' ? appUrl(contentPath('EVENT', page.locale, page.slug), page.locale) : null,
  };
}

/** One line: street, postal code and city. */
export function storeAddress(store: EventMailFacts['store']): string {
  return [store.street, [store.postalCode, store.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}
