import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { CartChange } from './types';

/** The shopper's message after a change: plain success, or why they got less than asked. */
export async function changeMessage(change: CartChange, success: 'added' | 'updated' | 'removed'): Promise<string> {
  const t = await getTranslations('cart.messages');
  if (change.limitedBy === 'stock') return t('limitedByStock', { available: change.available, quantity: change.quantity });
  if (change.limitedBy === 'maximum') return t('limitedByMaximum', { quantity: change.quantity });
  return t(success);
}
