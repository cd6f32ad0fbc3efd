'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { cancelUnpaidOrders } from '@/lib/admin/orders/cancel-unpaid-orders';
import { readOrderListQuery } from '@/lib/admin/orders/order-list-query';
import { requireOwner } from '@/lib/auth/require';
import { formFields, type FormState } from '@/lib/forms/form-state';

/**
 * The owner cancels every unpaid order in the order list's current filter (the filter's fields
 * ride along in the form; `confirm` must be ticked).
 */
export async function cancelUnpaidOrdersAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/orders');
  const fields = formFields(formData);
  const t = await getTranslations('adminOrders.bulkCancel');
  if (fields.confirm !== 'on') return { status: 'error', message: t('confirmRequired'), fieldErrors: { confirm: t('confirmRequired') } };
  const result = await cancelUnpaidOrders(readOrderListQuery(fields), owner);
  revalidatePath('/[locale]/(backoffice)/admin/orders', 'layout');
  return { status: 'ok', message: result.more ? t('doneMore', { count: result.cancelled }) : t('done', { count: result.cancelled }) };
}
