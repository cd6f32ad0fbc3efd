import { useTranslations } from 'next-intl';
import { CalendarIcon, StoreIcon } from '@/components/ui/icons';
import type { AppLocale } from '@/i18n/routing';
import { formatEventTime } from '@/lib/content/format-event-time';
import type { ContentEventView } from '@/lib/content/types';
import { storeMapUrl } from '@/lib/stores/map-link';

const term = 'flex items-center gap-2 text-sm font-medium text-stone-700';

/** When and where an event is, and for how many. */
export function EventDetails({ event, locale }: { event: ContentEventView; locale: AppLocale }) {
  const t = useTranslations('media.event');
  const { store } = event;
  const postal = [store.postalCode, store.city].filter(Boolean).join(' ');
  const map = storeMapUrl({ ...store, latitude: store.latitude ?? null, longitude: store.longitude ?? null });
  return (
    <section aria-labelledby="event-details-title" className="rounded-xl border border-stone-200 bg-stone-50 p-4 sm:p-5">
      <h2 id="event-details-title" className="text-lg font-semibold text-stone-900">
        {t('detailsTitle')}
      </h2>
      <dl className="mt-3 grid gap-3 text-stone-900">
        <div>
          <dt className={term}>
            <CalendarIcon className="size-5 shrink-0 text-brand-700" />
            {t('when')}
          </dt>
          <dd className="pl-7 font-semibold">
            <time dateTime={event.startsAt.toISOString()}>{formatEventTime(event.startsAt, event.endsAt, locale)}</time>
          </dd>
        </div>
        <div>
          <dt className={term}>
            <StoreIcon className="size-5 shrink-0 text-brand-700" />
            {t('where')}
          </dt>
          <dd className="pl-7">
              <span className="font-semibold">{store.name}</span>
              {store.street ? <span className="block">{store.street}</span> : null}
              {postal ? <span className="block">{postal}</span> : null}
              {map ? (
                <a
                  href={map}
                  rel="noopener noreferrer"
                  className="mt-1 inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-2"
                >
                  {t('mapLink')}
                </a>
              ) : null}
          </dd>
        </div>
        <div>
          <dt className={`${term} pl-7`}>{t('capacity')}</dt>
          <dd className="pl-7">{t('capacityValue', { count: event.capacity })}</dd>
        </div>
      </dl>
    </section>
  );
}
