import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ConfirmActionButton } from '@/components/events/confirm-action-button';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Container } from '@/components/ui/container';
import { Link } from '@/i18n/navigation';
import { metadataLocale, pageLocale } from '@/i18n/page-locale';
import { cancelEventRegistrationAction } from '@/lib/actions/cancel-event-registration';
import { contentPath } from '@/lib/content/content-paths';
import { formatEventTime } from '@/lib/content/format-event-time';
import { getRegistrationByToken } from '@/lib/events/get-registration-by-token';
import { storeAddress } from '@/lib/events/load-event-mail-facts';

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params);
  const t = await getTranslations({ locale, namespace: 'events.manage' });
  // The address is the credential: keep it out of search engines and Referer headers.
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };
}

/** A guest's registration, reached from the link in their e-mail: what they booked, and "cancel my registration". */
export default async function EventRegistrationPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { token } = await params;
  const [registration, t] = await Promise.all([getRegistrationByToken(token, locale), getTranslations('events.manage')]);

  if (!registration) {
    return (
      <Container size="narrow" className="py-8">
        <h1 className="text-2xl font-bold">{t('invalidTitle')}</h1>
        <p className="mt-3 text-stone-800">{t('invalidText')}</p>
      </Container>
    );
  }
  const { event } = registration;
  const tone = registration.status === 'CONFIRMED' ? 'success' : registration.status === 'WAITLIST' ? 'warning' : 'neutral';
  const rows: [string, string][] = [
    [t('when'), formatEventTime(event.startsAt, event.endsAt, locale)],
    [t('where'), [event.store.name, storeAddress(event.store)].filter(Boolean).join(', ')],
    [t('name'), registration.name],
    [t('email'), registration.email],
    [t('seats'), String(registration.seats)],
  ];
  return (
    <Container size="narrow" className="py-8">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <Card className="mt-4">
        <h2 className="text-xl font-semibold">{event.title ?? t('untitled')}</h2>
        <p className="mt-2 flex flex-wrap gap-2">
          <Badge tone={tone}>{t(`status${registration.status}`)}</Badge>
          {event.cancelled ? <Badge tone="danger">{t('eventCancelled')}</Badge> : null}
        </p>
        <dl className="mt-4 grid gap-x-4 gap-y-2 sm:grid-cols-[8rem_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-stone-700">{label}</dt>
              <dd className="break-words text-stone-900">{value}</dd>
            </div>
          ))}
        </dl>
        {event.page ? (
          <p className="mt-4">
            <Link href={contentPath('EVENT', event.page.locale, event.page.slug)} locale={event.page.locale} className="underline underline-offset-4 hover:no-underline">
              {t('eventPage')}
            </Link>
          </p>
        ) : null}
      </Card>
      <div className="mt-6">
        {registration.canCancel ? (
          <ConfirmActionButton
            action={cancelEventRegistrationAction}
            fields={{ token }}
            texts={{
              label: registration.status === 'WAITLIST' ? t('leaveWaitlist') : t('cancel'),
              title: t('confirmTitle'),
              description: t('confirmDescription'),
              confirm: t('confirmYes'),
              keep: t('confirmNo'),
            }}
          />
        ) : registration.status !== 'CANCELLED' && !event.cancelled ? (
          <p className="text-stone-800">{t('cannotCancel')}</p>
        ) : null}
      </div>
    </Container>
  );
}
