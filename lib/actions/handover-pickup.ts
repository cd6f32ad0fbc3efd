'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { sendOutboxSoon } from '@/lib/jobs/send-outbox-soon';
import { PickupLockedError, WrongPickupCodeError } from '@/lib/pickups/hand-over-errors';
import { handOverPickup } from '@/lib/pickups/hand-over-pickup';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

const handOverSchema = z.object({
  storeId: z.uuid({ error: 'storeHandover.errors.badRequest' }),
  number: z.preprocess(
    (value) => (typeof value === 'string' && /^\d{1,9}$/.test(value.trim()) ? Number(value) : value),
    z.number({ error: 'storeHandover.errors.badRequest' }).int().positive(),
  ),
  code: z
    .string({ error: 'storeHandover.errors.codeRequired' })
    .trim()
    .min(1, { error: 'storeHandover.errors.codeRequired' })
    .max(40, { error: 'storeHandover.errors.codeRequired' }),
  paymentMethod: z.preprocess(
    emptyToUndefined,
    z.enum(['CASH', 'CARD_TERMINAL'], { error: 'storeHandover.errors.paymentMethodRequired' }).optional(),
  ),
});

/**
 * "Picked up" at the counter (fields: storeId, number, code, paymentMethod for pay-at-pickup
 * orders): staff of that store (or the owner) only; the order's pickup must be at that store.
 */
export async function handOverPickupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = handOverSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const { storeId, number, code, paymentMethod } = parsed.data;
  const { user } = await requireStoreStaff({ id: storeId });
  const t = await getTranslations('storeHandover');
  try {
    const handedOver = await handOverPickup({ storeId, orderNumber: number, code, paymentMethod }, user);
    if (handedOver.emailId) await sendOutboxSoon([handedOver.emailId]);
    // No revalidatePath: it would re-render the page without the form before the form can take
    // the browser to the picked-up page (?done=1), which loads fresh. Store pages are dynamic.
    return { status: 'ok', message: t('handover.done', { number: String(number) }) };
  } catch (error) {
    if (error instanceof WrongPickupCodeError) {
      const message = t('errors.wrongCode', { count: error.triesLeft });
      return { status: 'error', message, fieldErrors: { code: message } };
    }
    if (error instanceof PickupLockedError) {
      const minutes = Math.max(1, Math.ceil((error.lockedUntil.getTime() - Date.now()) / 60_000));
      const message = t('errors.locked', { minutes });
      return { status: 'error', message, fieldErrors: { code: message } };
    }
    return failedAction(error);
  }
}
