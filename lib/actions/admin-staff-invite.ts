'use server';

import { getLocale } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { getPathname } from '@/i18n/navigation';
import { inviteStaff } from '@/lib/admin/staff/invite-staff';
import { staffFormFields } from '@/lib/admin/staff/staff-form-fields';
import { inviteStaffSchema } from '@/lib/admin/staff/staff-schemas';
import { requireOwner } from '@/lib/auth/require';
import { failedAction, invalidInput, type FormState } from '@/lib/forms/form-state';

/**
 * Invites a staff member by e-mail (fields: name, email, locale, storeId repeated), or sends a
 * person already invited a new link. Opens their page afterwards.
 */
export async function inviteStaffAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/staff');
  const parsed = inviteStaffSchema.safeParse(staffFormFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  let invited;
  try {
    invited = await inviteStaff(parsed.data, owner);
  } catch (error) {
    return failedAction(error);
  }
  revalidatePath('/[locale]/(backoffice)/admin/staff', 'layout');
  const locale = await getLocale();
  return { status: 'ok', redirectTo: getPathname({ href: { pathname: `/admin/staff/${invited.userId}`, query: { done: 'invited' } }, locale }) };
}
