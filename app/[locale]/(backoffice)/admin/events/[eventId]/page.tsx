import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ConfirmActionButton } from '@/components/events/confirm-action-button';
import { RegistrationTable } from '@/components/events/admin-registration-table';
import { Badge } from '@/components/ui/badge';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { cancelEventAction } from '@/lib/actions/admin-event-cancel';
import { requireOwner } from '@/lib/auth/require';
import { contentPath } from '@/lib/content/content-paths';
import { formatEventTime } from '@/lib/content/format-event-time';
import { getAdminEvent } from '@/lib/events/get-admin-event';

type Props = { params: Promise<{ locale: string; eventId: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'events.admin' });
  return { title: t('title') };
}

/** One event's registrations for the owner (confirmed, waitlist, cancelled, with counts) and "cancel the event". */
export default async function AdminEventPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { eventId } = await params;
  await requireOwner(`/admin/events/${eventId}`);
  const event = UUID.test(eventId) ? await getAdminEvent(eventId, locale) : null;
  if (!event) notFound();
  const t = await getTranslations('events.admin');
  const facts: [string, string][] = [
    [t('when'), formatEventTime(event.startsAt, event.endsAt, locale)],
    [t('store'), event.store.name],
    [t('capacity'), t('capacityValue', { confirmed: event.confirmedSeats, capacity: event.capacity, left: event.seatsLeft })],
    [t('arrived'), t('arrivedValue', { arrived: event.arrivedSeats, confirmed: event.confirmedSeats })],
  ];
  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm font-medium text-stone-700">{t('title')}</p>
        <h1 className="text-2xl font-bold">{event.title ?? t('untitled')}</h1>
        {event.cancelled ? (
          <p className="mt-2">
            <Badge tone="danger">{t('cancelledBadge')}</Badge>
          </p>
        ) : null}
        <dl className="mt-4 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-stone-700">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {event.page ? (
          <p className="mt-3">
            <Link href={contentPath('EVENT', event.page.locale, event.page.slug)} locale={event.page.locale} className="underline underline-offset-4 hover:no-underline">
              {t('viewPage')}
            </Link>
          </p>
        ) : null}
      </div>

      <RegistrationTable title={t('confirmed', { count: event.confirmed.length })} rows={event.confirmed} locale={locale} show="checkedIn" />
      <RegistrationTable title={t('waitlist', { count: event.waitlist.length })} rows={event.waitlist} locale={locale} show="registeredAt" />
      <RegistrationTable title={t('cancelled', { count: event.cancelledRegistrations.length })} rows={event.cancelledRegistrations} locale={locale} show="cancelledAt" />

      {event.cancelled ? (
        <p className="font-medium">{t('isCancelled')}</p>
      ) : !event.over ? (
        <ConfirmActionButton
          action={cancelEventAction}
          fields={{ eventId: event.id }}
          texts={{ label: t('cancelEvent'), title: t('cancelTitle'), description: t('cancelDescription'), confirm: t('cancelConfirm'), keep: t('cancelKeep') }}
        />
      ) : null}
    </div>
  );
}
