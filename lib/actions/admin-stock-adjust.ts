'use server';

import { getTranslations } from 'next-intl/server';
import { actionFailed } from '@/lib/admin/products/action-failed';
import { invalidFields } from '@/lib/admin/products/invalid-fields';
import { revalidateAdminProducts } from '@/lib/admin/products/revalidate-admin-products';
import { adjustStock } from '@/lib/admin/stock/adjust-stock';
import { adjustStockSchema } from '@/lib/admin/stock/stock-schemas';
import type { StockChange } from '@/lib/admin/stock/lock-stock-level';
import { requireOwner } from '@/lib/auth/require';
import { revalidateProducts } from '@/lib/catalog/revalidate-catalog';
import { formFields, type FormState } from '@/lib/forms/form-state';

/** Corrects a variant's count in a store (fields: variantId, storeId, mode set|delta, quantity, reason). */
export async function adjustStockAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireOwner();
  const parsed = adjustStockSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidFields(parsed.error);
  let change: StockChange;
  try {
    change = await adjustStock(parsed.data, user.id);
  } catch (error) {
    return actionFailed(error);
  }
  // The shop's "in stock" shows the change at once.
  await revalidateProducts([change.productId]);
  revalidateAdminProducts();
  const t = await getTranslations('adminProducts.stock');
  return { status: 'ok', message: t('adjusted', { onHand: change.onHand }) };
}
