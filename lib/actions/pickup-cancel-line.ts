'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { cancelPickupLine } from '@/lib/pickups/cancel-pickup-line';
import { pickupFailed } from '@/lib/pickups/pickup-failed';
import { pickupLineSchema } from '@/lib/pickups/pickup-schemas';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

/** "Missing": cancel a line whose goods cannot be found (fields: storeId, orderId, lineId). */
export async function cancelPickupLineAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = pickupLineSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const { user } = await requireStoreStaff({ id: parsed.data.storeId });
  let orderCancelled: boolean;
  try {
    ({ orderCancelled } = await cancelPickupLine(parsed.data, user.id));
  } catch (error) {
    return pickupFailed(error);
  }
  revalidatePath('/[locale]/(store)/store/[storeSlug]', 'layout');
  const t = await getTranslations('storePickups.done');
  return { status: 'ok', message: orderCancelled ? t('orderCancelled') : t('lineCancelled') };
}
