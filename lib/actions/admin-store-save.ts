'use server';

import { getLocale } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { getPathname } from '@/i18n/navigation';
import { slugify } from '@/lib/admin/products/slugify';
import { saveStore } from '@/lib/admin/stores/save-store';
import { storeSchema } from '@/lib/admin/stores/store-schema';
import { requireOwner } from '@/lib/auth/require';
import { revalidateCatalog } from '@/lib/catalog/revalidate-catalog';
import { AppError } from '@/lib/errors';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { isUuid } from '@/lib/validation/uuid';

/**
 * The store editor's "Save": creates a store (no storeId field) or updates one with its weekly
 * hours (fields open1..7, opens1..7, closes1..7). Nothing is saved when a field is invalid. The
 * shop's pages that show stores (availability, pickup today) are regenerated.
 */
export async function saveAdminStoreAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/stores');
  const fields = formFields(formData);
  // An empty web address is made from the name ("Jyväskylä Keskusta" -> "jyvaskyla-keskusta").
  if (!fields.slug?.trim()) fields.slug = slugify(fields.name ?? '');
  const storeId = fields.storeId || undefined;
  if (storeId !== undefined && !isUuid(storeId)) return failedAction(new AppError('NOT_FOUND'));
  const parsed = storeSchema.safeParse(fields);
  if (!parsed.success) return invalidInput(parsed.error);
  let saved;
  try {
    saved = await saveStore(parsed.data, owner, storeId);
  } catch (error) {
    return failedAction(error);
  }
  revalidateCatalog();
  revalidatePath('/[locale]/(backoffice)/admin/stores', 'layout');
  const locale = await getLocale();
  return { status: 'ok', redirectTo: getPathname({ href: { pathname: `/admin/stores/${saved.id}`, query: { saved: storeId ? 'updated' : 'created' } }, locale }) };
}
