'use server';

import { getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { clientIp } from '@/lib/auth/client-ip';
import { isAppError } from '@/lib/errors';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { networkKey } from '@/lib/limits/network-key';
import { signUp } from '@/lib/users/sign-up';
import { claimSignUpAttempt } from '@/lib/users/sign-up-limit';
import { signUpSchema } from '@/lib/validation/user';

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = signUpSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await claimSignUpAttempt(networkKey(clientIp(await headers())));
    await signUp(parsed.data);
  } catch (error) {
    if (isAppError(error, 'RATE_LIMITED')) return { status: 'error', message: (await getTranslations('auth.signUp'))('rateLimited') };
    return failedAction(error);
  }
  return { status: 'ok' };
}
