'use server';

import { getTranslations } from 'next-intl/server';
import { getSessionUser } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { requestEmailChange } from '@/lib/users/request-email-change';
import { emailChangeSchema } from '@/lib/validation/user';

export async function requestEmailChangeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getSessionUser();
  if (!user) return failedAction(new AppError('UNAUTHENTICATED'));
  const parsed = emailChangeSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await requestEmailChange(user.id, parsed.data);
  } catch (error) {
    return failedAction(error);
  }
  const t = await getTranslations('account');
  return { status: 'ok', message: t('email.sent', { email: parsed.data.newEmail }) };
}
