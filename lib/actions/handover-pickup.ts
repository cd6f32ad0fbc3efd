'use server';

import { getTranslations } from 'next-intl/server';
import { revalidateProducts } from '@/lib/catalog/revalidate-catalog';
import { soldOutProducts } from '@/lib/checkout/sold-out-products';
import { CounterStockError } from '@/lib/counter/counter-stock-error';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';
import { PickupLockedError, WrongPickupCodeError } from '@/lib/pickups/hand-over-errors';
import { handOverFormSchema } from '@/lib/pickups/hand-over-form-schema';
import { handOverWithAddOns } from '@/lib/pickups/hand-over-with-add-ons';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

/**
 * "Picked up" at the counter (fields: storeId, number, code, paymentMethod when anything is to be
 * paid, addOns and addOnsCents for add-ons sold in the same step): staff of that store (or the
 * owner) only; the order's pickup must be at that store.
 */
export async function handOverPickupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = handOverFormSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const { storeId, number, code, paymentMethod, addOns, addOnsCents } = parsed.data;
  const { user } = await requireStoreStaff({ id: storeId });
  const t = await getTranslations('storeHandover');
  try {
    const { handedOver, addOnSale } = await handOverWithAddOns({ storeId, orderNumber: number, code, paymentMethod, addOns, addOnsCents }, user);
    const emails = [handedOver.emailId, addOnSale?.emailId].filter((id): id is string => Boolean(id));
    if (emails.length > 0) await sendOutboxSoon(emails);
    if (addOnSale?.created) {
      const soldOut = await soldOutProducts(addOnSale.orderId);
      if (soldOut.length > 0) await revalidateProducts(soldOut, { stockOnly: true });
    }
    // No revalidatePath: it would re-render the page without the form before the form can take
    // the browser to the picked-up page (?done=1), which loads fresh. Store pages are dynamic.
    const message = addOnSale
      ? t('handover.doneWithAddOns', { number: String(number), sale: String(addOnSale.number) })
      : t('handover.done', { number: String(number) });
    return { status: 'ok', message };
  } catch (error) {
    if (error instanceof WrongPickupCodeError) {
      const message = t('errors.wrongCode', { count: error.triesLeft });
      return { status: 'error', message, fieldErrors: { code: message } };
    }
    if (error instanceof PickupLockedError) {
      const minutes = Math.max(1, Math.ceil((error.lockedUntil.getTime() - Date.now()) / 60_000));
      const message = t('errors.locked', { minutes });
      return { status: 'error', message, fieldErrors: { code: message } };
    }
    if (error instanceof CounterStockError) {
      const message = t('errors.addOnSoldOut', { name: error.productName, available: error.available });
      return { status: 'error', message, fieldErrors: { addOns: message } };
    }
    return failedAction(error);
  }
}
