import { z } from 'zod';
import { parsePercentBp } from './percent-price';

const E = (key: string) => `adminProducts.errors.${key}`;

/** The product list's bulk action: the selected products (checkboxes "ids") and what to do. */
export const bulkSchema = z
  .object({
    ids: z.array(z.uuid({ error: E('badRequest') })).min(1, E('noneSelected')).max(200, E('tooMany')),
    operation: z.enum(['publish', 'archive', 'price'], { error: E('badRequest') }),
    percent: z.string().optional(),
  })
  .transform((input, ctx) => {
    if (input.operation !== 'price') return { ids: input.ids, operation: input.operation, percentBp: null };
    const percentBp = parsePercentBp(input.percent ?? '');
    if (percentBp === null || percentBp === 0 || percentBp < -9_900 || percentBp > 100_000) {
      ctx.addIssue({ code: 'custom', path: ['percent'], message: E('percentInvalid') });
      return z.NEVER;
    }
    return { ids: input.ids, operation: input.operation, percentBp };
  });
