'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { eraseCustomerSchema } from '@/lib/admin/customers/customer-schemas';
import { eraseCustomer } from '@/lib/admin/customers/erase-customer';
import { requireOwner } from '@/lib/auth/require';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';

/** Erases a customer's personal data, keeping their orders (fields: userId, confirmEmail). */
export async function eraseCustomerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const owner = await requireOwner('/admin/customers');
  const parsed = eraseCustomerSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await eraseCustomer(parsed.data, owner);
    revalidatePath('/[locale]/(backoffice)/admin/customers', 'layout');
    revalidatePath('/[locale]/(backoffice)/admin/orders', 'layout');
    const t = await getTranslations('adminCustomers.done');
    return { status: 'ok', message: t('erased') };
  } catch (error) {
    return failedAction(error);
  }
}
