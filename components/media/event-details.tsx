import { useTranslations } from 'next-intl';
import { CalendarIcon, StoreIcon } from '@/components/ui/icons';
import type { AppLocale } from '@/i18n/routing';
import { formatEventTime } from '@/lib/content/format-event-time';
import type { ContentEventView } from '@/lib/content/types';

/** A search on OpenStreetMap for the store's street address (or its name when it has none). */
export function mapUrl(store: ContentEventView['store']): string {
  const address = [store.street, [store.postalCode, store.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address || store.name)}`;
}

/** When and where an event is, and for how many. */
export function EventDetails({ event, locale }: { event: ContentEventView; locale: AppLocale }) {
  const t = useTranslations('media.event');
  const { store } = event;
  const postal = [store.postalCode, store.city].filter(Boolean).join(' ');
  return (
    <section aria-labelledby="event-details-title" className="rounded-xl border border-stone-200 bg-stone-50 p-4 sm:p-5">
      <h2 id="event-details-title" className="text-lg font-semibold text-stone-900">
        {t('detailsTitle')}
      </h2>
      <dl className="mt-3 grid gap-3 text-stone-900">
        <div className="flex gap-3">
          <CalendarIcon className="mt-0.5 size-5 shrink-0 text-brand-700" />
          <div>
            <dt className="text-sm font-medium text-stone-700">{t('when')}</dt>
            <dd className="font-semibold">
              <time dateTime={event.startsAt.toISOString()}>{formatEventTime(event.startsAt, event.endsAt, locale)}</time>
            </dd>
          </div>
        </div>
        <div className="flex gap-3">
          <StoreIcon className="mt-0.5 size-5 shrink-0 text-brand-700" />
          <div>
            <dt className="text-sm font-medium text-stone-700">{t('where')}</dt>
            <dd>
              <span className="font-semibold">{store.name}</span>
              {store.street ? <span className="block">{store.street}</span> : null}
              {postal ? <span className="block">{postal}</span> : null}
              <a
                href={mapUrl(store)}
                rel="noopener noreferrer"
                className="mt-1 inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-2"
              >
                {t('mapLink')}
              </a>
            </dd>
          </div>
        </div>
        <div className="flex gap-3">
          <span aria-hidden="true" className="size-5 shrink-0" />
          <div>
            <dt className="text-sm font-medium text-stone-700">{t('capacity')}</dt>
            <dd>{t('capacityValue', { count: event.capacity })}</dd>
          </div>
        </div>
      </dl>
    </section>
  );
}
