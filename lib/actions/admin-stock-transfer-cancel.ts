'use server';

import { getTranslations } from 'next-intl/server';
import { actionFailed } from '@/lib/admin/products/action-failed';
import { invalidFields } from '@/lib/admin/products/invalid-fields';
import { revalidateAdminProducts } from '@/lib/admin/products/revalidate-admin-products';
import { cancelTransfer } from '@/lib/admin/stock/cancel-transfer';
import { transferSchema } from '@/lib/admin/stock/stock-schemas';
import { requireOwner } from '@/lib/auth/require';
import { formFields, type FormState } from '@/lib/forms/form-state';

/** Calls off a transfer that has not been shipped (field: transferId). */
export async function cancelTransferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireOwner();
  const parsed = transferSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidFields(parsed.error);
  try {
    await cancelTransfer(parsed.data.transferId, user.id);
  } catch (error) {
    return actionFailed(error);
  }
  revalidateAdminProducts();
  const t = await getTranslations('adminProducts.stock');
  return { status: 'ok', message: t('transferCancelled') };
}
