import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { GuestList } from '@/components/store/events/guest-list';
import { Badge } from '@/components/ui/badge';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { requireStaff } from '@/lib/auth/require';
import { formatEventTime } from '@/lib/content/format-event-time';
import { formatClockTime } from '@/lib/events/format-clock-time';
import { getEventGuestList } from '@/lib/events/get-event-guest-list';
import { getEventStoreId } from '@/lib/events/get-event-store-id';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

type Props = { params: Promise<{ locale: string; eventId: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'storeEvents' });
  return { title: t('guestList') };
}

/** The guest list at the door: search, "Arrived" per confirmed guest (undo allowed), arrived / confirmed. Staff of the event's store. */
export default async function StoreEventGuestsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { eventId } = await params;
  const returnTo = `/store/events/${eventId}`;
  const storeId = UUID.test(eventId) ? await getEventStoreId(eventId) : null;
  if (!storeId) {
    await requireStaff(undefined, returnTo); // strangers learn nothing, not even that it is unknown
    notFound();
  }
  await requireStoreStaff({ id: storeId }, returnTo);
  const [list, t] = await Promise.all([getEventGuestList(eventId, storeId, locale), getTranslations('storeEvents')]);
  if (!list) notFound();
  const { event } = list;
  return (
    <div>
      <p>
        <Link href="/store/events" className="inline-flex min-h-11 items-center underline underline-offset-4 hover:no-underline">
          ← {t('allEvents')}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{event.title ?? t('untitled')}</h1>
      <p className="mt-1 text-stone-800">
        {formatEventTime(event.startsAt, event.endsAt, locale)} · {event.store.name}
      </p>
      {event.cancelled ? (
        <p className="mt-2">
          <Badge tone="danger">{t('cancelled')}</Badge>
        </p>
      ) : null}
      <p className="mt-4 text-xl font-semibold" aria-live="polite">
        {t('arrivedOf', { arrived: list.arrivedSeats, confirmed: list.confirmedSeats })}
      </p>
      <GuestList
        eventId={event.id}
        guests={list.guests.map((guest) => ({
          id: guest.id,
          name: guest.name,
          email: guest.email,
          seats: guest.seats,
          status: guest.status,
          arrivedAt: guest.checkedInAt ? formatClockTime(guest.checkedInAt, locale) : null,
        }))}
      />
    </div>
  );
}
