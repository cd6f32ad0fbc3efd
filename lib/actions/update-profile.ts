'use server';

import { getTranslations } from 'next-intl/server';
import { refresh } from 'next/cache';
import { getSessionUser } from '@/lib/auth/session';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { AppError } from '@/lib/errors';
import { updateProfile } from '@/lib/users/update-profile';
import { profileSchema } from '@/lib/validation/user';

/**
 * Saves the signed-in customer's name and language. Nothing shared is revalidated: no cached
 * page shows a customer's profile (the header reads the session in the browser, account pages
 * are rendered per request), so only this browser's view of the page is refreshed.
 */
export async function updateProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getSessionUser();
  if (!user) return failedAction(new AppError('UNAUTHENTICATED'));
  const parsed = profileSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  await updateProfile(user.id, parsed.data);
  refresh();
  const t = await getTranslations('account');
  return { status: 'ok', message: t('profile.saved') };
}
