'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { pickupFailed } from '@/lib/pickups/pickup-failed';
import { pickupTransferSchema } from '@/lib/pickups/pickup-schemas';
import { receivePickupTransfer } from '@/lib/pickups/receive-pickup-transfer';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

/** "Receive transfer": a ship-to-store order's goods arrived (fields: storeId, transferId). */
export async function receivePickupTransferAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = pickupTransferSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const { user } = await requireStoreStaff({ id: parsed.data.storeId });
  try {
    await receivePickupTransfer(parsed.data, user.id);
  } catch (error) {
    return pickupFailed(error);
  }
  revalidatePath('/[locale]/(store)/store/[storeSlug]', 'layout');
  const t = await getTranslations('storePickups.done');
  return { status: 'ok', message: t('transferReceived') };
}
