'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { addOrderNote } from '@/lib/admin/orders/add-order-note';
import { noteSchema } from '@/lib/admin/orders/order-schemas';
import { requireOwner } from '@/lib/auth/require';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';

/** An internal note on an order (fields: orderId, text). */
export async function addOrderNoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/orders');
  const parsed = noteSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await addOrderNote(parsed.data, owner);
    revalidatePath('/[locale]/(backoffice)/admin/orders', 'layout');
    const t = await getTranslations('adminOrders.done');
    return { status: 'ok', message: t('noteAdded') };
  } catch (error) {
    return failedAction(error);
  }
}
