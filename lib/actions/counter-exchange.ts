'use server';

import { getLocale } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { revalidateProducts } from '@/lib/catalog/revalidate-catalog';
import { soldOutProducts } from '@/lib/checkout/sold-out-products';
import { counterExchangeSchema } from '@/lib/counter/counter-exchange-schema';
import { counterStockAnswer } from '@/lib/counter/counter-stock-answer';
import { CounterStockError } from '@/lib/counter/counter-stock-error';
import { exchangeAtCounter, type CounterExchange } from '@/lib/counter/exchange-at-counter';
import { failedAction, invalidInput, type FormState } from '@/lib/forms/form-state';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

export type CounterExchangeResult = FormState & { exchange?: Omit<CounterExchange, 'productIds' | 'created'> };

/**
 * "Pay" for an exchange at the till: staff of that store (or the owner). The same till key twice
 * (a double press, a retry) answers with the one exchange made.
 */
export async function counterExchangeAction(request: unknown): Promise<CounterExchangeResult> {
  const parsed = counterExchangeSchema.safeParse(request);
  if (!parsed.success) return invalidInput(parsed.error);
  const { user } = await requireStoreStaff({ id: parsed.data.storeId });
  const locale = (await getLocale()) === 'en' ? 'en' : 'fi';
  try {
    const made = await exchangeAtCounter({ ...parsed.data, locale }, user);
    if (made.created) {
      const soldOut = await soldOutProducts(made.sale.orderId);
      if (soldOut.length > 0) await revalidateProducts(soldOut, { stockOnly: true });
      revalidatePath('/[locale]/(store)/store/[storeSlug]', 'layout');
    }
    const { returnId, returnNumber, refund, sale, cashNetted, changeCents } = made;
    return { status: 'ok', exchange: { returnId, returnNumber, refund, sale, cashNetted, changeCents } };
  } catch (error) {
    if (error instanceof CounterStockError) return counterStockAnswer(error);
    return failedAction(error);
  }
}
