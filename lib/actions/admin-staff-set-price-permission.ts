'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { setStaffPricePermission } from '@/lib/admin/staff/set-staff-price-permission';
import { staffPricePermissionSchema } from '@/lib/admin/staff/staff-schemas';
import { requireOwner } from '@/lib/auth/require';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';

/** Allows (allowed=true) or forbids a staff member to change prices at the till (fields: userId, allowed). Owner only. */
export async function setStaffPricePermissionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/staff');
  const parsed = staffPricePermissionSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await setStaffPricePermission(parsed.data, owner);
  } catch (error) {
    return failedAction(error);
  }
  revalidatePath('/[locale]/(backoffice)/admin/staff', 'layout');
  const t = await getTranslations('adminStores.staff.done');
  return { status: 'ok', message: parsed.data.allowed ? t('pricesAllowed') : t('pricesForbidden') };
}
