'use server';

import { getTranslations } from 'next-intl/server';
import { actionFailed } from '@/lib/admin/products/action-failed';
import { invalidFields } from '@/lib/admin/products/invalid-fields';
import { revalidateAdminProducts } from '@/lib/admin/products/revalidate-admin-products';
import { receiveTransfer } from '@/lib/admin/stock/receive-transfer';
import { transferSchema } from '@/lib/admin/stock/stock-schemas';
import { requireOwner } from '@/lib/auth/require';
import { revalidateProducts } from '@/lib/catalog/revalidate-catalog';
import { formFields, type FormState } from '@/lib/forms/form-state';

/** Receives a transfer in transit at its destination (field: transferId). */
export async function receiveTransferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireOwner();
  const parsed = transferSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidFields(parsed.error);
  let productIds: string[];
  try {
    productIds = await receiveTransfer(parsed.data.transferId, user.id);
  } catch (error) {
    return actionFailed(error);
  }
  await revalidateProducts(productIds);
  revalidateAdminProducts();
  const t = await getTranslations('adminProducts.stock');
  return { status: 'ok', message: t('transferReceived') };
}
