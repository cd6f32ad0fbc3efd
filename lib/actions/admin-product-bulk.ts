'use server';

import { getTranslations } from 'next-intl/server';
import { bulkSchema } from '@/lib/admin/products/bulk-schema';
import { changeProductPrices } from '@/lib/admin/products/change-product-prices';
import { actionFailed } from '@/lib/admin/products/action-failed';
import { invalidFields } from '@/lib/admin/products/invalid-fields';
import { revalidateAdminProducts } from '@/lib/admin/products/revalidate-admin-products';
import { setProductsStatus } from '@/lib/admin/products/set-products-status';
import { requireOwner } from '@/lib/auth/require';
import { revalidateProducts } from '@/lib/catalog/revalidate-catalog';
import type { FormState } from '@/lib/forms/form-state';

/** Bulk actions on the selected rows of the product list: publish, archive, change price by a percentage. */
export async function bulkAdminProductsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireOwner();
  const parsed = bulkSchema.safeParse({
    ids: formData.getAll('ids').filter((id) => typeof id === 'string'),
    operation: formData.get('operation') ?? undefined,
    percent: formData.get('percent') ?? undefined,
  });
  if (!parsed.success) return invalidFields(parsed.error);
  const { ids, operation, percentBp } = parsed.data;
  const t = await getTranslations('adminProducts.bulk');
  try {
    if (percentBp !== null) {
      const result = await changeProductPrices({ productIds: ids, percentBp }, user.id);
      if (result.changed > 0) await revalidateProducts(result.productIds);
      revalidateAdminProducts();
      return { status: 'ok', message: t('pricesChanged', { count: result.changed }) };
    }
    const changed = await setProductsStatus({ productIds: ids, status: operation === 'publish' ? 'ACTIVE' : 'ARCHIVED' }, user.id);
    if (changed.length > 0) await revalidateProducts(changed);
    revalidateAdminProducts();
    return { status: 'ok', message: t(operation === 'publish' ? 'published' : 'archived', { count: changed.length }) };
  } catch (error) {
    return actionFailed(error);
  }
}
