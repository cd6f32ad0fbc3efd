// schema.org Event data for an event page: when and where (the store's address), whether it is
// still on, and its free ticket (sold out when no seats are left).
import { appUrl } from '@/lib/email/translator';
import { contentDescription } from '@/lib/seo/content-description';
import { helsinkiIso } from '@/lib/seo/helsinki-iso';
import { contentImage, shopOrganization, type ContentJsonLdOptions } from './article-json-ld';
import type { ContentView } from './types';

export type EventJsonLdOptions = ContentJsonLdOptions & {
  /** Seats still free; without it the offer says nothing about availability. */
  seatsLeft?: number;
};

/** Null when the content is not an event page (no event linked). `url` is the page's absolute address. */
export function eventJsonLd(content: ContentView, url: string, options: EventJsonLdOptions) {
  const event = content.event;
  if (!event) return null;
  const image = contentImage(content, options.imageUrl);
  const { store } = event;
  const availability =
    options.seatsLeft === undefined ? undefined : options.seatsLeft > 0 ? 'https://schema.org/InStock' : 'https://schema.org/SoldOut';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: content.title,
    description: contentDescription(content) || undefined,
    image: image ? [image] : undefined,
    startDate: helsinkiIso(event.startsAt),
    endDate: helsinkiIso(event.endsAt),
    eventStatus: event.status === 'CANCELLED' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: content.locale,
    isAccessibleForFree: true,
    location: {
      '@type': 'Place',
      name: store.name,
      url: appUrl('/stores', content.locale),
      address: {
        '@type': 'PostalAddress',
        streetAddress: store.street ?? undefined,
        postalCode: store.postalCode ?? undefined,
        addressLocality: store.city ?? undefined,
        addressCountry: 'FI',
      },
    },
    organizer: shopOrganization(options.shopName),
    offers: {
      '@type': 'Offer',
      price: '0',
      priceCurrency: 'EUR',
      availability,
      url,
    },
    url,
  };
}
