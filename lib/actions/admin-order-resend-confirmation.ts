'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { orderRefSchema } from '@/lib/admin/orders/order-schemas';
import { resendOrderConfirmation } from '@/lib/admin/orders/resend-order-confirmation';
import { requireOwner } from '@/lib/auth/require';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';

/** Sends the order confirmation again (field: orderId). */
export async function resendOrderConfirmationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/orders');
  const parsed = orderRefSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await resendOrderConfirmation(parsed.data.orderId, owner);
    revalidatePath('/[locale]/(backoffice)/admin/orders', 'layout');
    const t = await getTranslations('adminOrders.done');
    return { status: 'ok', message: t('confirmationResent') };
  } catch (error) {
    return failedAction(error);
  }
}
