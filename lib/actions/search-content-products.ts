'use server';

import { getLocale } from 'next-intl/server';
import { requireOwner } from '@/lib/auth/require';
import { searchProductsForPicker, type PickerProduct } from '@/lib/content/search-products-for-picker';

/** The content editor's product picker: products by name or SKU (owner only). */
export async function searchContentProductsAction(query: unknown): Promise<PickerProduct[]> {
  await requireOwner();
  if (typeof query !== 'string') return [];
  const locale = (await getLocale()) === 'en' ? 'en' : 'fi';
  return searchProductsForPicker(query, locale);
}
