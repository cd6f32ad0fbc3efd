'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { retryRefundSchema } from '@/lib/admin/orders/order-schemas';
import { retryAdminRefund } from '@/lib/admin/orders/retry-admin-refund';
import { requireOwner } from '@/lib/auth/require';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';

/** Sends a failed refund again (fields: orderId, refundId). */
export async function retryAdminRefundAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/orders');
  const parsed = retryRefundSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const status = await retryAdminRefund(parsed.data, owner);
    revalidatePath('/[locale]/(backoffice)/admin/orders', 'layout');
    const t = await getTranslations('adminOrders.done');
    if (status === 'FAILED') return { status: 'error', message: t('refundFailed') };
    return { status: 'ok', message: status === 'SUCCEEDED' ? t('refunded') : t('refundPending') };
  } catch (error) {
    return failedAction(error);
  }
}
