'use client';

import { useDeferredValue, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { ArrivalToggle } from './arrival-toggle';

export type GuestItem = {
  id: string;
  name: string;
  email: string;
  seats: number;
  status: 'CONFIRMED' | 'WAITLIST';
  /** The time of arrival, formatted; null until they arrive. */
  arrivedAt: string | null;
};

/** Folds case and accents, so "aino" finds "Äinö" and "AINO@EXAMPLE.COM". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** The guest list with a search box (name or e-mail) and a big "Arrived" button per confirmed guest. */
export function GuestList({ eventId, guests }: { eventId: string; guests: GuestItem[] }) {
  const t = useTranslations('storeEvents');
  const [query, setQuery] = useState('');
  const deferred = fold(useDeferredValue(query).trim());
  const shown = deferred ? guests.filter((g) => fold(`${g.name} ${g.email}`).includes(deferred)) : guests;
  const confirmed = shown.filter((g) => g.status === 'CONFIRMED');
  const waitlist = shown.filter((g) => g.status === 'WAITLIST');

  if (guests.length === 0) return <p className="mt-6 text-stone-800">{t('noGuests')}</p>;
  return (
    <div className="mt-6">
      <FormField label={t('search')} className="max-w-xl">
        {(field) => <Input {...field} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" enterKeyHint="search" className="text-lg" />}
      </FormField>
      {shown.length === 0 ? <p className="mt-4 text-stone-800" role="status">{t('noMatches')}</p> : null}
      {confirmed.length > 0 ? (
        <section aria-labelledby="confirmed-guests" className="mt-6">
          <h2 id="confirmed-guests" className="text-lg font-semibold">
            {t('confirmedHeading')}
          </h2>
          <ul className="mt-3 flex flex-col gap-3">
            {confirmed.map((guest) => (
              <li key={guest.id} className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between">
                <GuestSummary guest={guest} />
                <ArrivalToggle eventId={eventId} registrationId={guest.id} name={guest.name} arrivedAt={guest.arrivedAt} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {waitlist.length > 0 ? (
        <section aria-labelledby="waitlisted-guests" className="mt-8">
          <h2 id="waitlisted-guests" className="text-lg font-semibold">
            {t('waitlistHeading')}
          </h2>
          <ul className="mt-3 flex flex-col gap-3">
            {waitlist.map((guest) => (
              <li key={guest.id} className="flex items-center justify-between gap-3 rounded-xl border border-stone-200 bg-stone-50 p-4">
                <GuestSummary guest={guest} />
                <Badge tone="warning">{t('waitlisted')}</Badge>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function GuestSummary({ guest }: { guest: GuestItem }) {
  const t = useTranslations('storeEvents');
  return (
    <div className="min-w-0">
      <p className="text-lg font-semibold break-words">{guest.name}</p>
      <p className="break-all text-stone-700">{guest.email}</p>
      <p className="text-stone-800">{t('seats', { seats: guest.seats })}</p>
    </div>
  );
}
