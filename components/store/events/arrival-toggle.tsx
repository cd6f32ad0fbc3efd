'use client';

import { useTranslations } from 'next-intl';
import { ServerFormStatus } from '@/components/forms/server-form-status';
import { useServerForm } from '@/components/forms/use-server-form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { eventCheckInAction } from '@/lib/actions/event-check-in';

type Props = { eventId: string; registrationId: string; name: string; arrivedAt: string | null };

/** "Arrived" (a big target for a phone at the door), or the arrival time and an undo for a mis-tap. */
export function ArrivalToggle({ eventId, registrationId, name, arrivedAt }: Props) {
  const t = useTranslations('storeEvents');
  const { state, pending, onSubmit } = useServerForm(eventCheckInAction);
  const arrived = arrivedAt !== null;
  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end">
      <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-3 sm:justify-end">
        <input type="hidden" name="eventId" value={eventId} />
        <input type="hidden" name="registrationId" value={registrationId} />
        <input type="hidden" name="arrived" value={arrived ? 'false' : 'true'} />
        {arrived ? (
          <>
            <Badge tone="success" className="text-sm">
              {t('arrivedAt', { time: arrivedAt })}
            </Badge>
            <Button type="submit" variant="secondary" loading={pending} aria-label={t('undoLabel', { name })}>
              {t('undo')}
            </Button>
          </>
        ) : (
          <Button type="submit" size="lg" loading={pending} className="min-h-14 w-full px-8 sm:w-auto" aria-label={t('arriveLabel', { name })}>
            {t('arrive')}
          </Button>
        )}
      </form>
      <ServerFormStatus state={state} />
    </div>
  );
}
