'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import type { CounterItem } from '@/lib/counter/counter-item';
import { findCounterCustomer, type CounterCustomer } from '@/lib/counter/find-counter-customer';
import { findCounterItem } from '@/lib/counter/find-counter-item';
import { searchCounterItems } from '@/lib/counter/search-counter-items';
import { isUuid } from '@/lib/cart/cart-db';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

// The till's look-ups: a scanned code, a search, a customer. Staff of the store (or the owner) only.

async function staffLocale(storeId: unknown) {
  if (typeof storeId !== 'string' || !isUuid(storeId)) throw new Error('Bad store id');
  const { store } = await requireStoreStaff({ id: storeId });
  return { store, locale: (await getLocale()) === 'en' ? ('en' as const) : ('fi' as const) };
}

export type ScanAnswer = { item: CounterItem } | { error: string };

/** A scanned or typed barcode or SKU. */
export async function counterScanAction(storeId: unknown, code: unknown): Promise<ScanAnswer> {
  const { store, locale } = await staffLocale(storeId);
  const text = typeof code === 'string' ? code.slice(0, 64) : '';
  const t = await getTranslations('storeCounter.scan');
  const found = await findCounterItem(store.id, text, locale);
  if (found.kind === 'found') return { item: found.item };
  return { error: found.kind === 'badCheckDigit' ? t('badCheckDigit', { code: text.trim() }) : t('unknown', { code: text.trim() }) };
}

/** Products by name or SKU. */
export async function counterSearchAction(storeId: unknown, query: unknown): Promise<CounterItem[]> {
  const { store, locale } = await staffLocale(storeId);
  return typeof query === 'string' ? searchCounterItems(store.id, query.slice(0, 100), locale) : [];
}

export type CustomerAnswer = { customer: CounterCustomer } | { error: string };

/** A customer by member code (their account page's QR), e-mail or phone. */
export async function counterFindCustomerAction(storeId: unknown, text: unknown): Promise<CustomerAnswer> {
  await staffLocale(storeId);
  const customer = typeof text === 'string' ? await findCounterCustomer(text) : null;
  if (customer) return { customer };
  return { error: (await getTranslations('storeCounter.customer'))('notFound') };
}
