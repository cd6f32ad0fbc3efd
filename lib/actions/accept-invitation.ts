'use server';

import { getTranslations } from 'next-intl/server';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { acceptInvitation } from '@/lib/users/accept-invitation';
import { passwordResetSchema } from '@/lib/validation/user';

/** The invitation page: sets the invited staff member's password with the link's token (fields: token, password). */
export async function acceptInvitationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = passwordResetSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await acceptInvitation(parsed.data.token, parsed.data.password);
  } catch (error) {
    return failedAction(error);
  }
  const t = await getTranslations('adminStores');
  return { status: 'ok', message: t('staff.invitationPage.done') };
}
