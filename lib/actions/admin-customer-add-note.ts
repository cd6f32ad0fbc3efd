'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { addCustomerNote } from '@/lib/admin/customers/add-customer-note';
import { customerNoteSchema } from '@/lib/admin/customers/customer-schemas';
import { requireOwner } from '@/lib/auth/require';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';

/** An internal note about a customer (fields: userId, text, forStaff: a checkbox). */
export async function addCustomerNoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/customers');
  const parsed = customerNoteSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await addCustomerNote(parsed.data, owner);
    revalidatePath('/[locale]/(backoffice)/admin/customers', 'layout');
    const t = await getTranslations('adminCustomers.done');
    return { status: 'ok', message: t('noteAdded') };
  } catch (error) {
    return failedAction(error);
  }
}
