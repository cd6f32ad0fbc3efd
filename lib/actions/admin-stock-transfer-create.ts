'use server';

import { getTranslations } from 'next-intl/server';
import { actionFailed } from '@/lib/admin/products/action-failed';
import { invalidFields } from '@/lib/admin/products/invalid-fields';
import { revalidateAdminProducts } from '@/lib/admin/products/revalidate-admin-products';
import { createTransfer } from '@/lib/admin/stock/create-transfer';
import { createTransferSchema } from '@/lib/admin/stock/stock-schemas';
import { requireOwner } from '@/lib/auth/require';
import { formFields, type FormState } from '@/lib/forms/form-state';

/** Requests a transfer between stores (fields: variantId, fromStoreId, toStoreId, quantity, note?). */
export async function createTransferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireOwner();
  const parsed = createTransferSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidFields(parsed.error);
  try {
    await createTransfer(parsed.data, user.id);
  } catch (error) {
    return actionFailed(error);
  }
  revalidateAdminProducts();
  const t = await getTranslations('adminProducts.stock');
  return { status: 'ok', message: t('transferCreated') };
}
