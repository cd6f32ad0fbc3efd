'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { pickupFailed } from '@/lib/pickups/pickup-failed';
import { pickupLinePickedSchema } from '@/lib/pickups/pickup-schemas';
import { setLinePicked } from '@/lib/pickups/set-line-picked';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

/** "Picked" / "undo picked" on a line (fields: storeId, orderId, lineId, picked). */
export async function setLinePickedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = pickupLinePickedSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  await requireStoreStaff({ id: parsed.data.storeId });
  try {
    await setLinePicked(parsed.data);
  } catch (error) {
    return pickupFailed(error);
  }
  revalidatePath('/[locale]/(store)/store/[storeSlug]', 'layout');
  const t = await getTranslations('storePickups.done');
  return { status: 'ok', message: parsed.data.picked ? t('picked') : t('unpicked') };
}
