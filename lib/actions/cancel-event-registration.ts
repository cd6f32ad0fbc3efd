'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { cancelRegistration } from '@/lib/events/cancel-registration';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';

const schema = z.object({ token: z.string().min(20, 'events.errors.linkInvalid').max(100, 'events.errors.linkInvalid') });

/** "Cancel my registration" from the link in an e-mail (field: token, the credential). Frees the seats for the waitlist. */
export async function cancelEventRegistrationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = schema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const result = await cancelRegistration(parsed.data.token);
    await sendOutboxSoon(result.emailIds);
    const t = await getTranslations('events.manage');
    return { status: 'ok', message: result.alreadyCancelled ? t('alreadyCancelled') : t('done') };
  } catch (error) {
    return failedAction(error);
  }
}
