import { z } from 'zod';

// The stock forms' fields. Ids come from the page (hidden inputs); counts are typed.

const E = (key: string) => `adminProducts.errors.${key}`;
const id = z.uuid({ error: E('badRequest') });
const count = (min: number) =>
  z
    .string({ error: E('quantityInvalid') })
    .trim()
    .regex(/^[+-]?\d{1,6}$/, E('quantityInvalid'))
    .transform(Number)
    .refine((n) => n >= min, E('quantityInvalid'));

export const adjustStockSchema = z
  .object({
    variantId: id,
    storeId: id,
    mode: z.enum(['set', 'delta'], { error: E('badRequest') }),
    quantity: count(-999_999),
    reason: z.string({ error: E('reasonRequired') }).trim().min(1, E('reasonRequired')).max(200, E('tooLong')),
  })
  .superRefine((input, ctx) => {
    if (input.mode === 'set' && input.quantity < 0) ctx.addIssue({ code: 'custom', path: ['quantity'], message: E('quantityInvalid') });
  });

export const receiveStockSchema = z.object({
  variantId: id,
  storeId: id,
  quantity: count(1),
  reason: z
    .string()
    .trim()
    .max(200, E('tooLong'))
    .optional()
    .transform((value) => value || null),
});

export const createTransferSchema = z.object({
  variantId: id,
  fromStoreId: id,
  toStoreId: id,
  quantity: count(1),
  note: z
    .string()
    .trim()
    .max(200, E('tooLong'))
    .optional()
    .transform((value) => value || null),
});

export const transferSchema = z.object({ transferId: id });
