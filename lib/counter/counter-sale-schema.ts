import { z } from 'zod';

// What the till sends to complete a sale. Prices never come from the till: only what and how many.

export const cents = z.number().int().min(0).max(10_000_000);
export const reference = z
  .string()
  .trim()
  .max(40, { error: 'storeCounter.errors.referenceTooLong' })
  .transform((value) => value || null)
  .nullish()
  .transform((value) => value ?? null);

/** What and how many: the lines of a sale or an order made at the counter. */
export const counterLinesSchema = z
  .array(z.object({ variantId: z.uuid(), quantity: z.number().int().min(1).max(99) }))
  .min(1, { error: 'storeCounter.errors.noLines' })
  .max(100);

export const counterSaleSchema = z.object({
  storeId: z.uuid(),
  tillKey: z.uuid(),
  lines: counterLinesSchema,
  priceOverrides: z
    .array(
      z.object({
        variantId: z.uuid(),
        unitPriceCents: cents,
        reason: z.string().trim().min(1, { error: 'storeCounter.errors.overrideReasonRequired' }).max(200, { error: 'storeCounter.errors.reasonTooLong' }),
      }),
    )
    .max(100)
    .optional(),
  customerId: z.uuid().nullish().transform((value) => value ?? null),
  receiptEmail: z
    .email({ error: 'storeCounter.errors.emailInvalid' })
    .max(254)
    .nullish()
    .or(z.literal('').transform(() => null))
    .transform((value) => value ?? null),
  payment: z.discriminatedUnion('method', [
    z.object({ method: z.literal('CASH'), givenCents: cents }),
    z.object({ method: z.literal('CARD_TERMINAL'), reference }),
    z.object({ method: z.literal('SPLIT'), cardCents: cents, givenCents: cents, reference }),
  ]),
});

export type CounterSaleRequest = z.input<typeof counterSaleSchema>;
