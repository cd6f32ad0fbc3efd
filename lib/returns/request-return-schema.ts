import { z } from 'zod';
import { isUuid } from '@/lib/validation/uuid';
import { RETURN_NOTE_MAX, RETURN_REASONS } from './return-reason';

// The "return items" form, gathered by requestReturnFields (request-return-fields.ts). 0 or an
// empty quantity means "not returned". Error messages are full keys into the returns namespace.

const MAX_QUANTITY = 10_000;

const quantitySchema = z
  .string()
  .trim()
  .transform((value) => (value === '' ? '0' : value))
  .pipe(
    z
      .string()
      .regex(/^\d+$/, { error: 'returns.errors.quantityInvalid' })
      .refine((value) => value.length <= 6 && Number(value) <= MAX_QUANTITY, { error: 'returns.errors.quantityTooLarge' }),
  )
  .transform(Number);

export const requestReturnSchema = z
  .object({
    orderId: z.string().refine(isUuid, { error: 'returns.errors.lineNotInOrder' }),
    token: z.string().trim().max(200).optional(),
    quantities: z.record(z.string().refine(isUuid, { error: 'returns.errors.lineNotInOrder' }), quantitySchema),
    reason: z.enum(RETURN_REASONS, { error: 'returns.errors.reasonRequired' }),
    note: z.string().trim().max(RETURN_NOTE_MAX, { error: 'returns.errors.noteTooLong' }).optional(),
    method: z.enum(['STORE', 'MAIL'], { error: 'returns.errors.methodRequired' }),
    storeId: z.string().trim().optional(),
  })
  .transform(({ quantities, token, storeId, note, ...rest }) => ({
    ...rest,
    token: token || null,
    note: note || null,
    storeId: rest.method === 'STORE' ? storeId || null : null,
    lines: Object.entries(quantities)
      .filter(([, quantity]) => quantity > 0)
      .map(([orderLineId, quantity]) => ({ orderLineId, quantity })),
  }));

export type RequestReturnForm = z.output<typeof requestReturnSchema>;
