'use server';

import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { safeCallbackUrl } from '@/components/auth/safe-callback';
import { clientIp } from '@/lib/auth/client-ip';
import { AUTH_EMAIL_LIMITED } from '@/lib/auth/email-limit';
import { isAppError } from '@/lib/errors';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { networkKey } from '@/lib/limits/network-key';
import { afterResponse } from '@/lib/users/after-response';
import { signUp } from '@/lib/users/sign-up';
import { claimSignUpAttempt } from '@/lib/users/sign-up-limit';
import { signUpSchema } from '@/lib/validation/user';

/**
 * Sign-up answers the same for every address — "check your e-mail" — whether it has an account
 * or not, and looks at that only after answering (lib/users/sign-up.ts).
 */
export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const fields = formFields(formData);
  const parsed = signUpSchema.safeParse(fields);
  if (!parsed.success) return invalidInput(parsed.error);
  const t = await getTranslations('auth');
  const ip = clientIp(await headers());
  try {
    await claimSignUpAttempt(networkKey(ip));
    afterResponse(await signUp(parsed.data, { ip, returnTo: safeCallbackUrl(fields.callbackUrl, '/account') }));
  } catch (error) {
    if (isAppError(error, 'RATE_LIMITED')) {
      return { status: 'error', message: error.message === AUTH_EMAIL_LIMITED ? t('emailRateLimited') : t('signUp.rateLimited') };
    }
    return failedAction(error);
  }
  return { status: 'ok', message: t('signUp.sent', { email: parsed.data.email }) };
}
