'use server';

import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getEventStoreId } from '@/lib/events/get-event-store-id';
import { setGuestArrival } from '@/lib/events/set-guest-arrival';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';
import { requireStaff } from '@/lib/auth/require';

const schema = z.object({
  eventId: z.uuid(),
  registrationId: z.uuid(),
  arrived: z.enum(['true', 'false']).transform((value) => value === 'true'),
});

/** A guest arrived at the door (fields: eventId, registrationId, arrived=true|false; false undoes). Staff of the event's store only. */
export async function eventCheckInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = schema.safeParse(formFields(formData));
  if (!parsed.success) {
    await requireStaff();
    return invalidInput(parsed.error);
  }
  const storeId = await getEventStoreId(parsed.data.eventId);
  if (!storeId) {
    await requireStaff(); // strangers learn nothing, not even that the event is unknown
    notFound();
  }
  await requireStoreStaff({ id: storeId });
  try {
    const { arrived } = await setGuestArrival({ ...parsed.data, storeId });
    revalidatePath('/[locale]/(store)/store/events', 'layout');
    const t = await getTranslations('storeEvents.done');
    return { status: 'ok', message: arrived ? t('arrived') : t('undone') };
  } catch (error) {
    return failedAction(error);
  }
}
