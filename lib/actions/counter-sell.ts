'use server';

import { getLocale } from 'next-intl/server';
import { revalidateProducts } from '@/lib/catalog/revalidate-catalog';
import { soldOutProducts } from '@/lib/checkout/sold-out-products';
import { counterSaleSchema } from '@/lib/counter/counter-sale-schema';
import { counterStockAnswer } from '@/lib/counter/counter-stock-answer';
import { CounterStockError } from '@/lib/counter/counter-stock-error';
import { sellAtCounter } from '@/lib/counter/sell-at-counter';
import { failedAction, invalidInput, type FormState } from '@/lib/forms/form-state';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

export type CounterSellResult = FormState & { sale?: { number: number; totalCents: number; changeCents: number } };

/**
 * "Pay" at the till: staff of that store (or the owner) only. The same till key twice (a double
 * press, a retry) answers with the one sale made.
 */
export async function counterSellAction(request: unknown): Promise<CounterSellResult> {
  const parsed = counterSaleSchema.safeParse(request);
  if (!parsed.success) return invalidInput(parsed.error);
  const { user } = await requireStoreStaff({ id: parsed.data.storeId });
  const locale = (await getLocale()) === 'en' ? 'en' : 'fi';
  try {
    const sale = await sellAtCounter({ ...parsed.data, locale }, user);
    if (sale.emailId) await sendOutboxSoon([sale.emailId]);
    if (sale.created) {
      const soldOut = await soldOutProducts(sale.orderId);
      if (soldOut.length > 0) await revalidateProducts(soldOut, { stockOnly: true });
    }
    return { status: 'ok', sale: { number: sale.number, totalCents: sale.totalCents, changeCents: sale.changeCents } };
  } catch (error) {
    if (error instanceof CounterStockError) return counterStockAnswer(error);
    return failedAction(error);
  }
}
