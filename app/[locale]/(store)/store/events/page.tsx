import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { requireStaff } from '@/lib/auth/require';
import { helsinkiClock } from '@/lib/catalog/helsinki-clock';
import { formatEventTime } from '@/lib/content/format-event-time';
import { listStaffEvents } from '@/lib/events/list-staff-events';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'storeEvents' });
  return { title: t('title') };
}

/** Today's and upcoming events in the staff member's stores (the owner: all), each with its guest list. */
export default async function StoreEventsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const user = await requireStaff(undefined, '/store/events');
  const now = new Date();
  const [events, t] = await Promise.all([listStaffEvents(user, locale, now), getTranslations('storeEvents')]);
  const today = helsinkiClock(now).date;
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-stone-700">{t('intro')}</p>
      {events.length === 0 ? (
        <EmptyState className="mt-6" title={t('none')} headingLevel={2} />
      ) : (
        <ul className="mt-6 grid gap-4 md:grid-cols-2">
          {events.map((event) => (
            <Card as="li" key={event.id} className="flex flex-col gap-2">
              <CardTitle as="h2">{event.title ?? t('untitled')}</CardTitle>
              <p className="flex flex-wrap gap-2">
                {helsinkiClock(event.startsAt).date === today ? <Badge tone="info">{t('today')}</Badge> : null}
                {event.cancelled ? <Badge tone="danger">{t('cancelled')}</Badge> : null}
              </p>
              <p className="text-stone-800">{formatEventTime(event.startsAt, event.endsAt, locale)}</p>
              <p className="text-stone-800">{event.store.name}</p>
              <p className="text-stone-800">{t('booked', { confirmed: event.confirmedSeats, capacity: event.capacity })}</p>
              <p className="font-medium">{t('arrivedOf', { arrived: event.arrivedSeats, confirmed: event.confirmedSeats })}</p>
              <Link
                href={`/store/events/${event.id}`}
                className="mt-2 inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-5 text-lg font-semibold text-white hover:bg-brand-800"
                aria-label={t('guestListFor', { title: event.title ?? t('untitled') })}
              >
                {t('guestList')}
              </Link>
            </Card>
          ))}
        </ul>
      )}
    </div>
  );
}
