'use server';

import { getLocale } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { redirect } from '@/i18n/navigation';
import { AppError } from '@/lib/errors';
import { failedAction, formFields, invalidInput, type FormState } from '@/lib/forms/form-state';
import { deskReturnPath } from '@/lib/returns/desk-paths';
import { receiveReturn, type ReceivedReturn } from '@/lib/returns/receive-return';
import { requireStoreStaff } from '@/lib/stores/require-store-staff';

const linesInvalid = 'storeReturns.errors.linesInvalid';

const lineSchema = z.object({
  orderLineId: z.uuid({ error: linesInvalid }),
  quantity: z.number({ error: 'storeReturns.errors.quantityInvalid' }).int({ error: 'storeReturns.errors.quantityInvalid' }).min(0).max(10_000),
  condition: z.enum(['RESALEABLE', 'DAMAGED'], { error: linesInvalid }),
  restock: z.boolean({ error: linesInvalid }),
});

const receiveSchema = z
  .object({
    storeId: z.uuid({ error: linesInvalid }),
    returnId: z.uuid({ error: linesInvalid }).optional(),
    orderId: z.uuid({ error: linesInvalid }).optional(),
    // The form sends its lines as one JSON field: [{ orderLineId, quantity, condition, restock }].
    lines: z
      .string({ error: linesInvalid })
      .transform((text, context) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          context.addIssue({ code: 'custom', message: linesInvalid });
          return z.NEVER;
        }
      })
      .pipe(z.array(lineSchema, { error: linesInvalid }).max(500)),
    overrideReason: z.string().trim().max(500, { error: 'storeReturns.errors.overrideReasonTooLong' }).optional(),
  })
  .refine((input) => (input.returnId === undefined) !== (input.orderId === undefined), { error: linesInvalid, path: ['lines'] });

/**
 * "Receive and refund" at the returns desk (fields: storeId, returnId or orderId, lines as JSON,
 * overrideReason). Staff of that store or the owner; the window override is the owner's alone.
 * Goes to the return's page, which shows how the refund went.
 */
export async function receiveReturnAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = receiveSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const { storeId, returnId, orderId, lines, overrideReason } = parsed.data;
  const { user, store } = await requireStoreStaff({ id: storeId });
  if (overrideReason && user.role !== 'OWNER') return failedAction(new AppError('FORBIDDEN'));
  // The owner's form has the reason field: left empty, the domain asks for a reason.
  const override = user.role === 'OWNER' && overrideReason !== undefined ? { reason: overrideReason } : undefined;

  let received: ReceivedReturn;
  try {
    received = await receiveReturn(
      {
        storeId,
        target: returnId ? { returnId } : { orderId: orderId! },
        lines: lines.filter((line) => line.quantity > 0),
        override,
      },
      user,
    );
  } catch (error) {
    return failedAction(error);
  }
  revalidatePath('/[locale]/(store)/store/[storeSlug]', 'layout');
  return redirect({ href: deskReturnPath(store.slug, received.number), locale: await getLocale() });
}
