'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/require';
import { loadCustomerCard, type CustomerCard } from '@/lib/counter/customer-card/load-customer-card';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';
import { isUuid } from '@/lib/validation/uuid';

export type CustomerCardAnswer = { card: CustomerCard } | { error: string };

/**
 * The card of the customer attached to a sale, a hand-over or a return. Staff of the store (or
 * the owner) only; each card given is recorded as a viewing of the customer's data.
 */
export async function counterCustomerCardAction(storeId: unknown, customerId: unknown): Promise<CustomerCardAnswer> {
  if (!isUuid(storeId)) {
    await requireStaff(); // strangers are sent away before they learn anything, even of a bad id
    return notFound();
  }
  const { user, store } = await requireStoreStaff({ id: storeId });
  const locale = (await getLocale()) === 'en' ? 'en' : 'fi';
  const card = isUuid(customerId) ? await loadCustomerCard({ customerId, viewer: user, storeId: store.id, locale }) : null;
  return card ? { card } : notFound();
}

async function notFound(): Promise<CustomerCardAnswer> {
  return { error: (await getTranslations('storeCustomerCard'))('notFound') };
}
