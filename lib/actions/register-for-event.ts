'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { getSessionUser } from '@/lib/auth/session';
import { registerForEvent } from '@/lib/events/register-for-event';
import { registrationForm } from '@/lib/events/registration-schema';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';

/**
 * The public registration form (fields: eventId, name, email, seats): a confirmed place or a
 * place on the waitlist, said plainly, and the e-mail on its way. Anyone may register; a
 * signed-in shopper's registration is linked to their account.
 */
export async function registerForEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = registrationForm.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const locale = await getLocale();
  const user = await getSessionUser();
  try {
    const result = await registerForEvent({ ...parsed.data, locale: hasLocale(routing.locales, locale) ? locale : 'fi', userId: user?.id ?? null });
    await sendOutboxSoon([result.emailId]);
    const t = await getTranslations('events.registration');
    const email = result.registration.email;
    return { status: 'ok', message: result.status === 'CONFIRMED' ? t('confirmed', { email }) : t('waitlisted', { email }) };
  } catch (error) {
    return failedAction(error);
  }
}
