'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireOwner } from '@/lib/auth/require';
import { revalidateContent } from '@/lib/content/revalidate-content';
import { cancelEvent } from '@/lib/events/cancel-event';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';

const schema = z.object({ eventId: z.uuid() });

/** The owner cancels an event (field: eventId): sign-up closes, every guest is told, the event pages say so. */
export async function cancelEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin');
  const parsed = schema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { emailIds } = await cancelEvent(parsed.data.eventId, owner);
    revalidateContent();
    revalidatePath('/[locale]/(backoffice)/admin/events/[eventId]', 'page');
    await sendOutboxSoon(emailIds);
    const t = await getTranslations('events.admin');
    return { status: 'ok', message: t('cancelDone', { count: emailIds.length }) };
  } catch (error) {
    return failedAction(error);
  }
}
