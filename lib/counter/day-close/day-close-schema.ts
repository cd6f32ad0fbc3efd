import { z } from 'zod';
import { parseAmountToCents } from '@/lib/money';

// The close form: euros as typed ("412,50"), the reason for a difference (or for a correction).

const euros = (key: string) =>
  z
    .string({ error: key })
    .trim()
    .transform((value, ctx) => {
      const cents = parseAmountToCents(value);
      if (cents === null || cents < 0 || cents > 100_000_000) {
        ctx.addIssue({ code: 'custom', message: key });
        return z.NEVER;
      }
      return cents;
    });

export const dayCloseFormSchema = z.object({
  storeId: z.uuid(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  countedCash: euros('storeCounter.errors.amountInvalid'),
  terminalTotal: euros('storeCounter.errors.amountInvalid'),
  reason: z
    .string()
    .trim()
    .max(500, { error: 'storeCounter.errors.reasonTooLong' })
    .optional()
    .transform((value) => value || null),
});
