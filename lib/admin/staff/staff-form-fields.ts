import { formFields } from '@/lib/forms/form-state';

/** A staff form's fields for zod: the text fields, and the checked stores (repeated "storeId") as one list. */
export function staffFormFields(formData: FormData): Record<string, string> {
  const storeIds = formData.getAll('storeId').filter((value): value is string => typeof value === 'string');
  return { ...formFields(formData), storeIds: storeIds.join(',') };
}
