'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { removeExceptionSchema } from '@/lib/admin/stores/exception-schema';
import { removeStoreException } from '@/lib/admin/stores/remove-store-exception';
import { requireOwner } from '@/lib/auth/require';
import { revalidateCatalog } from '@/lib/catalog/revalidate-catalog';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';

/** Removes a store's exceptional day (fields: storeId, exceptionId). */
export async function removeStoreExceptionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/stores');
  const parsed = removeExceptionSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await removeStoreException(parsed.data, owner);
  } catch (error) {
    return failedAction(error);
  }
  revalidateCatalog();
  revalidatePath('/[locale]/(backoffice)/admin/stores', 'layout');
  const t = await getTranslations('adminStores.exceptions');
  return { status: 'ok', message: t('removed') };
}
