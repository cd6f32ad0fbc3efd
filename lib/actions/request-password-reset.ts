'use server';

import { getTranslations } from 'next-intl/server';
import { formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { requestPasswordReset } from '@/lib/users/request-password-reset';
import { passwordResetRequestSchema } from '@/lib/validation/user';

export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = passwordResetRequestSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  await requestPasswordReset(parsed.data.email);
  const t = await getTranslations('auth');
  return { status: 'ok', message: t('forgot.sent') };
}
