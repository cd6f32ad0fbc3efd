'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { markPickupReady } from '@/lib/pickups/mark-pickup-ready';
import { pickupFailed } from '@/lib/pickups/pickup-failed';
import { pickupOrderSchema } from '@/lib/pickups/pickup-schemas';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

/** "Ready for pickup" (fields: storeId, orderId): the customer gets the pickup code, once. */
export async function markPickupReadyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = pickupOrderSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const { user } = await requireStoreStaff({ id: parsed.data.storeId });
  let alreadyReady: boolean;
  try {
    ({ alreadyReady } = await markPickupReady(parsed.data, user.id));
  } catch (error) {
    return pickupFailed(error);
  }
  revalidatePath('/[locale]/(store)/store/[storeSlug]', 'layout');
  const t = await getTranslations('storePickups.done');
  return { status: 'ok', message: alreadyReady ? t('alreadyReady') : t('ready') };
}
