'use server';

import { getTranslations } from 'next-intl/server';
import { actionFailed } from '@/lib/admin/products/action-failed';
import { invalidFields } from '@/lib/admin/products/invalid-fields';
import { revalidateAdminProducts } from '@/lib/admin/products/revalidate-admin-products';
import { receiveStock } from '@/lib/admin/stock/receive-stock';
import { receiveStockSchema } from '@/lib/admin/stock/stock-schemas';
import type { StockChange } from '@/lib/admin/stock/lock-stock-level';
import { requireOwner } from '@/lib/auth/require';
import { revalidateProducts } from '@/lib/catalog/revalidate-catalog';
import { formFields, type FormState } from '@/lib/forms/form-state';

/** Goods arrived at a store (fields: variantId, storeId, quantity, reason?). */
export async function receiveStockAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireOwner();
  const parsed = receiveStockSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidFields(parsed.error);
  let change: StockChange;
  try {
    change = await receiveStock(parsed.data, user.id);
  } catch (error) {
    return actionFailed(error);
  }
  // The shop's "in stock" shows the change at once.
  await revalidateProducts([change.productId]);
  revalidateAdminProducts();
  const t = await getTranslations('adminProducts.stock');
  return { status: 'ok', message: t('received', { onHand: change.onHand }) };
}
