import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { FormState } from '@/lib/forms/form-state';
import type { CounterStockError } from './counter-stock-error';

/** What the till says when a line cannot be sold: how many are free here, and which online orders hold the rest. */
export async function counterStockAnswer(error: CounterStockError): Promise<FormState> {
  const t = await getTranslations('storeCounter.errors');
  const message =
    error.heldFor.length > 0
      ? t('heldForOrders', { name: error.productName, available: error.available, orders: error.heldFor.join(', ') })
      : t('notEnough', { name: error.productName, available: error.available });
  return { status: 'error', message, fieldErrors: { [`line-${error.variantId}`]: message } };
}
