import { z } from 'zod';
import { emailSchema } from '@/lib/validation/user';

/** A guest's order lookup form: e-mail and order number (message keys in forms.json). */
export const orderLookupSchema = z.object({
  email: emailSchema,
  number: z
    .string({ error: 'orderNumberInvalid' })
    .trim()
    .regex(/^\d{1,9}$/, { error: 'orderNumberInvalid' })
    .transform(Number),
});
