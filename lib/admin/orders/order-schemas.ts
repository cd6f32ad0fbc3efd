import { z } from 'zod';
import { parseAmountToCents } from '@/lib/money';

// The back office's order forms. Messages are full key paths (see lib/forms/form-state.ts).

const orderId = z.uuid({ error: 'adminOrders.errors.formExpired' });

export const orderRefSchema = z.object({ orderId });

export const refundSchema = z.object({
  orderId,
  nonce: z.uuid({ error: 'adminOrders.errors.formExpired' }),
  amount: z
    .string()
    .transform((text) => parseAmountToCents(text))
    .refine((cents): cents is number => cents !== null && cents > 0, { error: 'adminOrders.errors.amountInvalid' }),
  reason: z.string().trim().min(1, { error: 'adminOrders.errors.reasonRequired' }).max(500, { error: 'adminOrders.errors.reasonTooLong' }),
});

export const noteSchema = z.object({
  orderId,
  text: z.string().trim().min(1, { error: 'adminOrders.errors.noteRequired' }).max(2000, { error: 'adminOrders.errors.noteTooLong' }),
});

export const retryRefundSchema = z.object({ orderId, refundId: z.uuid({ error: 'adminOrders.errors.formExpired' }) });
