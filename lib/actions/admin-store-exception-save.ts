'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { exceptionSchema } from '@/lib/admin/stores/exception-schema';
import { saveStoreException } from '@/lib/admin/stores/save-store-exception';
import { requireOwner } from '@/lib/auth/require';
import { revalidateCatalog } from '@/lib/catalog/revalidate-catalog';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';

/** A store's exceptional day (fields: storeId, date, closed = closed | hours, opens, closes, noteFi, noteEn). */
export async function saveStoreExceptionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/stores');
  const parsed = exceptionSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await saveStoreException(parsed.data, owner);
  } catch (error) {
    return failedAction(error);
  }
  revalidateCatalog();
  revalidatePath('/[locale]/(backoffice)/admin/stores', 'layout');
  const t = await getTranslations('adminStores.exceptions');
  return { status: 'ok', message: t('saved') };
}
