'use server';

import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { signUp } from '@/lib/users/sign-up';
import { signUpSchema } from '@/lib/validation/user';

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = signUpSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await signUp(parsed.data);
  } catch (error) {
    return failedAction(error);
  }
  return { status: 'ok' };
}
