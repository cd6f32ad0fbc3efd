'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { refundSchema } from '@/lib/admin/orders/order-schemas';
import { refundAdminOrder } from '@/lib/admin/orders/refund-admin-order';
import { requireOwner } from '@/lib/auth/require';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';

/** The owner refunds part or all of an order (fields: orderId, nonce, amount "12,50", reason). */
export async function refundAdminOrderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/orders');
  const parsed = refundSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { orderId, nonce, amount, reason } = parsed.data;
    const refund = await refundAdminOrder({ orderId, nonce, amountCents: amount, reason }, owner);
    revalidatePath('/[locale]/(backoffice)/admin/orders', 'layout');
    const t = await getTranslations('adminOrders.done');
    if (refund.status === 'FAILED') return { status: 'error', message: t('refundFailed') };
    return { status: 'ok', message: refund.status === 'SUCCEEDED' ? t('refunded') : t('refundPending') };
  } catch (error) {
    return failedAction(error);
  }
}
