'use server';

import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { confirmSignUp } from '@/lib/users/confirm-sign-up';
import { confirmSignUpSchema } from '@/lib/validation/user';

/** Finishes a sign-up from its e-mail link; the form then signs in with the same password. */
export async function confirmSignUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = confirmSignUpSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await confirmSignUp(parsed.data.token, parsed.data.password);
  } catch (error) {
    return failedAction(error);
  }
  return { status: 'ok' };
}
