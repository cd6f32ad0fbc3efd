'use server';

import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { retryDeskRefund } from '@/lib/returns/desk-retry-refund';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

const retrySchema = z.object({
  storeId: z.uuid({ error: 'storeReturns.errors.linesInvalid' }),
  refundId: z.uuid({ error: 'storeReturns.errors.linesInvalid' }),
});

/** "Retry the refund" for a return received at this store (fields: storeId, refundId). */
export async function retryReturnRefundAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = retrySchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const { user } = await requireStoreStaff({ id: parsed.data.storeId });
  try {
    const status = await retryDeskRefund(parsed.data, user);
    revalidatePath('/[locale]/(store)/store/[storeSlug]', 'layout');
    const t = await getTranslations('storeReturns.retry');
    if (status === 'SUCCEEDED') return { status: 'ok', message: t('succeeded') };
    if (status === 'PENDING') return { status: 'ok', message: t('pending') };
    return { status: 'error', message: t('failed') };
  } catch (error) {
    return failedAction(error);
  }
}
