'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { setStaffStores } from '@/lib/admin/staff/set-staff-stores';
import { staffFormFields } from '@/lib/admin/staff/staff-form-fields';
import { staffStoresSchema } from '@/lib/admin/staff/staff-schemas';
import { requireOwner } from '@/lib/auth/require';
import { failedAction, invalidInput, type FormState } from '@/lib/forms/form-state';

/** Sets the stores a staff member works in (fields: userId, storeId repeated: the checked ones). */
export async function setStaffStoresAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/staff');
  const parsed = staffStoresSchema.safeParse(staffFormFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await setStaffStores(parsed.data, owner);
  } catch (error) {
    return failedAction(error);
  }
  revalidatePath('/[locale]/(backoffice)/admin/staff', 'layout');
  const t = await getTranslations('adminStores.staff.done');
  return { status: 'ok', message: t('storesSaved') };
}
