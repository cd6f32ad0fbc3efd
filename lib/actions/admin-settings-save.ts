'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { saveShopSettings } from '@/lib/admin/settings/save-shop-settings';
import { settingsFormSchema } from '@/lib/admin/settings/settings-form-schema';
import { requireOwner } from '@/lib/auth/require';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';

/**
 * Saves the shop's settings (fields: shopName, contactEmail, contactPhone, deliveryPrice,
 * parcelLockerPrice, freeOver, reservationMinutes, returnWindowDays). Checkout and returns read
 * the settings on each request (nothing cached to revalidate there); the back office is refreshed.
 */
export async function saveSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/settings');
  const parsed = settingsFormSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  let result;
  try {
    result = await saveShopSettings(parsed.data, owner);
  } catch (error) {
    return failedAction(error);
  }
  revalidatePath('/[locale]/(backoffice)/admin', 'layout');
  const t = await getTranslations('adminSettings.form');
  return { status: 'ok', message: result.changed.length > 0 ? t('saved') : t('unchanged') };
}
