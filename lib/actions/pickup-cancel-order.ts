'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { cancelStorePickupOrder } from '@/lib/pickups/cancel-store-pickup-order';
import { pickupFailed } from '@/lib/pickups/pickup-failed';
import { pickupCancelOrderSchema } from '@/lib/pickups/pickup-schemas';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

/**
 * Cancel a pickup order (fields: storeId, orderId, reason): 'missing_items' while picking,
 * 'uncollected' once the pickup deadline has passed. Refunds and restocks; the customer is told.
 */
export async function cancelPickupOrderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = pickupCancelOrderSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const { user } = await requireStoreStaff({ id: parsed.data.storeId });
  try {
    await cancelStorePickupOrder(parsed.data, user.id);
  } catch (error) {
    return pickupFailed(error);
  }
  revalidatePath('/[locale]/(store)/store/[storeSlug]', 'layout');
  const t = await getTranslations('storePickups.done');
  return { status: 'ok', message: t('orderCancelled') };
}
