import { useLocale, useTranslations } from 'next-intl';
import { OpeningHoursList } from '@/components/orders/opening-hours-list';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { CheckIcon } from '@/components/ui/icons';
import type { PublicStore } from '@/lib/stores/list-public-stores';
import { storeMapUrl } from '@/lib/stores/map-link';
import { weekAhead, type DayException } from '@/lib/stores/week-ahead';
import { StoreExceptions } from './store-exceptions';
import { WeekHours } from './week-hours';

/** One store: where it is, how to reach it, when it is open and what it does for web orders. */
export function StoreCard({ store, today }: { store: PublicStore; today: { date: string; weekday: number } }) {
  const t = useTranslations('media.stores');
  const locale = useLocale();
  const exceptions: DayException[] = store.exceptions.map((e) => ({ ...e, note: locale === 'fi' ? e.noteFi : e.noteEn || e.noteFi }));
  const week = weekAhead(today, store.weekly, exceptions);
  const lastOfWeek = week[week.length - 1].date;
  const later = exceptions.filter((e) => e.date > lastOfWeek);
  const mapUrl = storeMapUrl(store);
  const headingId = `store-${store.slug}`;

  return (
    <Card as="article" aria-labelledby={headingId} className="flex flex-col gap-5">
      <header className="flex flex-col gap-2">
        <h2 id={headingId} className="text-xl font-bold tracking-tight text-stone-900">
          {store.name}
        </h2>
        {store.pickupEnabled || store.returnsEnabled ? (
          <ul aria-label={t('services')} className="flex flex-wrap gap-2">
            {store.pickupEnabled ? (
              <li>
                <Badge tone="success">
                  <CheckIcon aria-hidden="true" className="size-3.5" />
                  {t('pickup')}
                </Badge>
              </li>
            ) : null}
            {store.returnsEnabled ? (
              <li>
                <Badge tone="success">
                  <CheckIcon aria-hidden="true" className="size-3.5" />
                  {t('returns')}
                </Badge>
              </li>
            ) : null}
          </ul>
        ) : null}
      </header>

      <div className="grid gap-5 sm:grid-cols-2">
        <section aria-labelledby={`${headingId}-contact`} className="flex flex-col gap-2">
          <h3 id={`${headingId}-contact`} className="font-semibold text-stone-900">
            {t('contact')}
          </h3>
          <dl className="flex flex-col gap-1 text-stone-800">
            {store.street || store.city ? (
              <div>
                <dt className="sr-only">{t('address')}</dt>
                <dd>
                  <address className="not-italic">
                    {store.street ? <span className="block">{store.street}</span> : null}
                    <span className="block">{[store.postalCode, store.city].filter(Boolean).join(' ')}</span>
                  </address>
                </dd>
              </div>
            ) : null}
            {store.phone ? (
              <div className="flex gap-2">
                <dt>{t('phone')}:</dt>
                <dd>
                  <a href={`tel:${store.phone.replace(/[^\d+]/g, '')}`} className="text-brand-800 underline underline-offset-2">
                    {store.phone}
                  </a>
                </dd>
              </div>
            ) : null}
            {store.email ? (
              <div className="flex flex-wrap gap-x-2">
                <dt>{t('email')}:</dt>
                <dd className="break-all">
                  <a href={`mailto:${store.email}`} className="text-brand-800 underline underline-offset-2">
                    {store.email}
                  </a>
                </dd>
              </div>
            ) : null}
          </dl>
          {mapUrl ? (
            <a href={mapUrl} className="inline-flex min-h-11 items-center self-start font-medium text-brand-800 underline underline-offset-2">
              {t('map')}
              <span className="sr-only"> {t('mapNote')}</span>
            </a>
          ) : null}
        </section>

        <section aria-labelledby={`${headingId}-week`} className="flex flex-col gap-2">
          <h3 id={`${headingId}-week`} className="font-semibold text-stone-900">
            {t('thisWeek')}
          </h3>
          <WeekHours days={week} />
        </section>

        <section aria-labelledby={`${headingId}-regular`} className="flex flex-col gap-2">
          <h3 id={`${headingId}-regular`} className="font-semibold text-stone-900">
            {t('regularHours')}
          </h3>
          {store.weekly.length ? <OpeningHoursList hours={store.weekly} /> : <p>{t('noRegularHours')}</p>}
        </section>

        {later.length ? (
          <section aria-labelledby={`${headingId}-exceptions`} className="flex flex-col gap-2">
            <h3 id={`${headingId}-exceptions`} className="font-semibold text-stone-900">
              {t('exceptions')}
            </h3>
            <StoreExceptions exceptions={later} />
          </section>
        ) : null}
      </div>
    </Card>
  );
}
