'use server';

import { getLocale } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { closeStoreDay, correctStoreDay } from '@/lib/counter/day-close/close-store-day';
import { dayCloseFormSchema } from '@/lib/counter/day-close/day-close-schema';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

/** "Close the day" at a store (fields: storeId, date, countedCash, terminalTotal, reason): its staff or the owner. */
export async function closeStoreDayAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveDayEntry(formData, 'close');
}

/** A correction of a closed day, as a new entry with its reason: the store's staff or the owner. */
export async function correctStoreDayAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveDayEntry(formData, 'correct');
}

async function saveDayEntry(formData: FormData, kind: 'close' | 'correct'): Promise<FormState> {
  const parsed = dayCloseFormSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const { storeId, date, countedCash, terminalTotal, reason } = parsed.data;
  const { user, store } = await requireStoreStaff({ id: storeId });
  const input = { storeId, date, countedCashCents: countedCash, terminalCardCents: terminalTotal, reason };
  try {
    await (kind === 'close' ? closeStoreDay(input, user) : correctStoreDay(input, user));
  } catch (error) {
    return failedAction(error);
  }
  const locale = await getLocale();
  return { status: 'ok', redirectTo: getPathname({ href: { pathname: `/store/${store.slug}/close`, query: { date, done: kind } }, locale }) };
}
