'use server';

import { getTranslations } from 'next-intl/server';
import { getSessionUser } from '@/lib/auth/session';
import { keepCurrentSession } from '@/lib/auth/session-cookie';
import { AppError } from '@/lib/errors';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { changePassword } from '@/lib/users/change-password';
import { changePasswordSchema } from '@/lib/validation/user';

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getSessionUser();
  if (!user) return failedAction(new AppError('UNAUTHENTICATED'));
  const parsed = changePasswordSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { sessionVersion } = await changePassword(user.id, parsed.data);
    // Every other session of the account has ended; this one goes on.
    await keepCurrentSession(user.id, sessionVersion);
  } catch (error) {
    return failedAction(error);
  }
  const t = await getTranslations('account');
  return { status: 'ok', message: t('password.saved') };
}
