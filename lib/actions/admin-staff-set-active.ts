'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { setStaffActive } from '@/lib/admin/staff/set-staff-active';
import { staffActiveSchema } from '@/lib/admin/staff/staff-schemas';
import { requireOwner } from '@/lib/auth/require';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';

/** Deactivates (active=false) or reactivates (active=true) a staff member (fields: userId, active). */
export async function setStaffActiveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/staff');
  const parsed = staffActiveSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await setStaffActive(parsed.data, owner);
  } catch (error) {
    return failedAction(error);
  }
  revalidatePath('/[locale]/(backoffice)/admin/staff', 'layout');
  const t = await getTranslations('adminStores.staff.done');
  return { status: 'ok', message: parsed.data.active ? t('reactivated') : t('deactivated') };
}
