'use server';

import { getTranslations } from 'next-intl/server';
import { rememberDevice } from '@/lib/auth/device-cookie';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { resetPassword } from '@/lib/users/reset-password';
import { passwordResetSchema } from '@/lib/validation/user';

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = passwordResetSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { userId } = await resetPassword(parsed.data.token, parsed.data.password);
    // The link reached the account's mailbox: this browser is the holder's, and failed sign-ins
    // from elsewhere do not stop it.
    await rememberDevice(userId);
  } catch (error) {
    return failedAction(error);
  }
  const t = await getTranslations('auth');
  return { status: 'ok', message: t('reset.done') };
}
