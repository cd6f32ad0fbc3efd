'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { confirmPickupOrder } from '@/lib/checkout/confirm-pickup-order';
import { formFields, type FormState } from '@/lib/forms/form-state';

const confirmSchema = z.object({
  number: z.coerce.number().int().min(1).max(2_147_483_647),
  token: z.string().min(1).max(200),
});

/**
 * The button on the page that the confirmation e-mail's link opens (fields: number, token): a
 * guest's pay-at-pickup order is confirmed and its goods held until the pickup deadline. A
 * button rather than the link itself, so that a mail scanner that opens links confirms nothing.
 */
export async function confirmPickupOrderAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations('orders.confirm');
  const parsed = confirmSchema.safeParse(formFields(formData));
  if (!parsed.success) return { status: 'error', message: t('notFound') };
  const result = await confirmPickupOrder(parsed.data);
  if (result === 'confirmed') return { status: 'ok', message: t('confirmed') };
  if (result === 'already-confirmed') return { status: 'ok', message: t('alreadyConfirmed') };
  return { status: 'error', message: result === 'too-late' ? t('tooLate') : t('notFound') };
}
