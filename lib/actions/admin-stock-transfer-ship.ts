'use server';

import { getTranslations } from 'next-intl/server';
import { actionFailed } from '@/lib/admin/products/action-failed';
import { invalidFields } from '@/lib/admin/products/invalid-fields';
import { revalidateAdminProducts } from '@/lib/admin/products/revalidate-admin-products';
import { shipTransfer } from '@/lib/admin/stock/ship-transfer';
import { transferSchema } from '@/lib/admin/stock/stock-schemas';
import { requireOwner } from '@/lib/auth/require';
import { revalidateProducts } from '@/lib/catalog/revalidate-catalog';
import { formFields, type FormState } from '@/lib/forms/form-state';

/** Ships a requested transfer: the goods leave the source store (field: transferId). */
export async function shipTransferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireOwner();
  const parsed = transferSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidFields(parsed.error);
  let productIds: string[];
  try {
    productIds = await shipTransfer(parsed.data.transferId, user.id);
  } catch (error) {
    return actionFailed(error);
  }
  await revalidateProducts(productIds);
  revalidateAdminProducts();
  const t = await getTranslations('adminProducts.stock');
  return { status: 'ok', message: t('transferShipped') };
}
