'use server';

import { getLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { actionFailed } from '@/lib/admin/products/action-failed';
import { invalidFields } from '@/lib/admin/products/invalid-fields';
import { nestFields } from '@/lib/admin/products/nest-fields';
import { productSchema } from '@/lib/admin/products/product-schema';
import { revalidateAdminProducts } from '@/lib/admin/products/revalidate-admin-products';
import { saveProduct } from '@/lib/admin/products/save-product';
import { requireOwner } from '@/lib/auth/require';
import { AppError } from '@/lib/errors';
import { revalidateCatalog, revalidateProducts } from '@/lib/catalog/revalidate-catalog';
import type { FormState } from '@/lib/forms/form-state';
import { isUuid } from '@/lib/validation/uuid';

/**
 * The product editor's "Save": creates a product (no productId field) or updates one. Nothing is
 * saved when a field is invalid. Afterwards the product's editor opens afresh (redirectTo).
 */
export async function saveAdminProductAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireOwner();
  const fields = nestFields(formData);
  const productId = typeof fields.productId === 'string' && fields.productId !== '' ? fields.productId : undefined;
  if (productId !== undefined && !isUuid(productId)) return actionFailed(new AppError('NOT_FOUND'));
  const parsed = productSchema.safeParse(fields);
  if (!parsed.success) return invalidFields(parsed.error);
  let saved;
  try {
    saved = await saveProduct(parsed.data, user.id, productId);
  } catch (error) {
    return actionFailed(error);
  }
  await revalidateProducts([saved.id]);
  // A new slug or category also changes the old page and the old category's lists.
  if (saved.previousSlug !== null && (saved.previousSlug !== saved.slug || saved.previousCategoryId !== parsed.data.categoryId)) {
    revalidateCatalog();
  }
  revalidateAdminProducts();
  // The editor opens afresh with what was saved (new variants get their ids), saying so.
  const locale = await getLocale();
  const outcome = productId ? 'saved' : 'created';
  return { status: 'ok', redirectTo: getPathname({ href: { pathname: `/admin/products/${saved.id}`, query: { saved: outcome } }, locale }) };
}
