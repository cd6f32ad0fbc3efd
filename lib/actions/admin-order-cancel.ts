'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { cancelAdminOrder } from '@/lib/admin/orders/cancel-admin-order';
import { orderRefSchema } from '@/lib/admin/orders/order-schemas';
import { requireOwner } from '@/lib/auth/require';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';

/** The owner cancels an order (field: orderId): stock back, money back, the customer told. */
export async function cancelAdminOrderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/orders');
  const parsed = orderRefSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const result = await cancelAdminOrder(parsed.data.orderId, owner);
    revalidatePath('/[locale]/(backoffice)/admin/orders', 'layout');
    const t = await getTranslations('adminOrders.done');
    return { status: 'ok', message: result.refundId ? t('cancelledRefunded') : t('cancelled') };
  } catch (error) {
    return failedAction(error);
  }
}
