'use client';

import { useEffect, useState } from 'react';
import { useShopSession } from '@/components/auth/session-provider';
import { useTranslations } from 'next-intl';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { registerForEventAction } from '@/lib/actions/register-for-event';
import { MAX_SEATS_PER_REGISTRATION } from '@/lib/events/registration-rules';
import { useEventSeats } from './use-event-seats';

/** Seats left, the state of sign-up and the form (client: the event page around it is static). */
export function RegistrationPanel({ eventId }: { eventId: string }) {
  const t = useTranslations('events.registration');
  const { load, reload } = useEventSeats(eventId);
  const [round, setRound] = useState(0);
  const seats = load.status === 'ready' ? load.seats : null;
  const closed = seats?.state === 'past' || seats?.state === 'cancelled';

  return (
    <section aria-labelledby="event-registration-title" className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="event-registration-title" className="text-xl font-bold text-stone-900">
        {t('title')}
      </h2>
      <div aria-live="polite" className="mt-2 text-stone-800">
        {load.status === 'loading' ? <p>{t('loading')}</p> : null}
        {load.status === 'failed' ? <p>{t('loadFailed')}</p> : null}
        {seats?.state === 'open' ? <p className="font-medium">{t('seatsLeft', { seatsLeft: seats.seatsLeft, capacity: seats.capacity })}</p> : null}
        {seats?.state === 'full' ? (
          <p className="rounded-lg border border-amber-600/40 bg-amber-50 px-3 py-2 font-medium text-amber-900">
            {t('full')} {seats.waitlist > 0 ? t('waitlistCount', { count: seats.waitlist }) : null}
          </p>
        ) : null}
        {seats?.state === 'past' ? <p className="font-medium">{t('past')}</p> : null}
        {seats?.state === 'cancelled' ? <p className="font-medium">{t('cancelled')}</p> : null}
      </div>
      {closed ? null : (
        <RegistrationForm
          key={round}
          eventId={eventId}
          maxSeats={Math.min(MAX_SEATS_PER_REGISTRATION, seats?.capacity ?? MAX_SEATS_PER_REGISTRATION)}
          waitlist={seats?.state === 'full'}
          onRegistered={reload}
          onAgain={() => setRound((n) => n + 1)}
        />
      )}
    </section>
  );
}

type FormProps = { eventId: string; maxSeats: number; waitlist: boolean; onRegistered: () => void; onAgain: () => void };

function RegistrationForm({ eventId, maxSeats, waitlist, onRegistered, onAgain }: FormProps) {
  const t = useTranslations('events.registration');
  const { user } = useShopSession();
  const { state, pending, onSubmit, errors } = useServerForm(registerForEventAction);
  const done = state.status === 'ok';
  useEffect(() => {
    if (done) onRegistered();
  }, [done, onRegistered]);

  // One live region for both outcomes, mounted before the answer arrives so it is announced.
  return (
    <div className="mt-4 flex flex-col items-start gap-4">
      {done ? null : (
        <form onSubmit={onSubmit} noValidate className="flex w-full flex-col gap-4">
          <input type="hidden" name="eventId" value={eventId} />
          <FormField label={t('name')} error={errors.name} required>
            {(field) => <Input {...field} name="name" autoComplete="name" maxLength={120} defaultValue={user?.name ?? ''} key={`name-${user?.name ?? ''}`} />}
          </FormField>
          <FormField label={t('email')} hint={t('emailHint')} error={errors.email} required>
            {(field) => <Input {...field} name="email" type="email" autoComplete="email" maxLength={254} defaultValue={user?.email ?? ''} key={`email-${user?.email ?? ''}`} />}
          </FormField>
          <FormField label={t('seats')} hint={t('seatsHint', { max: maxSeats })} error={errors.seats} required className="max-w-40">
            {(field) => <Input {...field} name="seats" type="number" inputMode="numeric" min={1} max={maxSeats} step={1} defaultValue={1} />}
          </FormField>
          <Button type="submit" size="lg" loading={pending} className="self-start">
            {waitlist ? t('submitWaitlist') : t('submit')}
          </Button>
        </form>
      )}
      <ServerFormStatus state={state} />
      {done ? (
        <Button variant="secondary" onClick={onAgain}>
          {t('again')}
        </Button>
      ) : null}
    </div>
  );
}
