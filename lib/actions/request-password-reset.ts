'use server';

import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { clientIp } from '@/lib/auth/client-ip';
import { isAppError } from '@/lib/errors';
import { formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { afterResponse } from '@/lib/users/after-response';
import { requestPasswordReset } from '@/lib/users/request-password-reset';
import { passwordResetRequestSchema } from '@/lib/validation/user';

export async function requestPasswordResetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = passwordResetRequestSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const t = await getTranslations('auth');
  try {
    // Whether the address has an account is looked at after answering: the answer is the same either way.
    afterResponse(await requestPasswordReset(parsed.data.email, { ip: clientIp(await headers()) }));
  } catch (error) {
    if (isAppError(error, 'RATE_LIMITED')) return { status: 'error', message: t('emailRateLimited') };
    throw error;
  }
  return { status: 'ok', message: t('forgot.sent') };
}
