import { z } from 'zod';
import { counterSaleSchema } from './counter-sale-schema';

// What the till sends for an exchange: the sale (as for any sale) and what comes back from which
// order. Prices and the refund never come from the till.

const linesInvalid = 'storeReturns.errors.linesInvalid';

export const counterExchangeSchema = counterSaleSchema.extend({
  originalOrderId: z.uuid({ error: linesInvalid }),
  returnLines: z
    .array(
      z.object({
        orderLineId: z.uuid({ error: linesInvalid }),
        quantity: z.number().int({ error: 'storeReturns.errors.quantityInvalid' }).min(1, { error: 'storeReturns.errors.quantityInvalid' }).max(10_000),
        condition: z.enum(['RESALEABLE', 'DAMAGED'], { error: linesInvalid }),
        restock: z.boolean({ error: linesInvalid }),
      }),
    )
    .min(1, { error: 'storeReturns.errors.nothingSelected' })
    .max(500),
});

export type CounterExchangeRequest = z.input<typeof counterExchangeSchema>;
