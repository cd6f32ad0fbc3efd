'use server';

import { getTranslations } from 'next-intl/server';
import { isUuid } from '@/lib/cart/cart-db';
import { findDeskOrder } from '@/lib/returns/find-desk-order';
import type { DeskReceiveView } from '@/lib/returns/desk-receive-view';
import { parseReturnQr } from '@/lib/returns/return-qr';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

export type ExchangeOrderAnswer = { view: DeskReceiveView } | { error: string };

/**
 * The original order of an exchange, by the number on its receipt (typed, or its QR scanned):
 * its lines with what can still come back, and how it was paid. Staff of the store (or the owner).
 */
export async function counterExchangeFindAction(storeId: unknown, text: unknown): Promise<ExchangeOrderAnswer> {
  if (typeof storeId !== 'string' || !isUuid(storeId)) throw new Error('Bad store id');
  await requireStoreStaff({ id: storeId });
  const t = await getTranslations('storeCounter.exchange');
  const query = typeof text === 'string' ? text.trim().slice(0, 40) : '';
  // Only order numbers: a return's "R-" code is not a receipt.
  const number = /^r/i.test(query) ? null : parseReturnQr(query);
  const found = number === null ? null : await findDeskOrder(number);
  if (!found) return { error: t('notFound', { query }) };
  return { view: found.view };
}
