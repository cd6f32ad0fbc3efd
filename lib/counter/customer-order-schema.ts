import { z } from 'zod';
import { contactFields, withFulfilment } from '@/lib/checkout/checkout-schema';
import { cents, counterLinesSchema, reference } from './counter-sale-schema';

// What the counter's "order for the customer" screen sends: the lines, who it is for, how it
// reaches them (the checkout's own fields and messages) and how it is paid.

export const customerOrderSchema = withFulfilment({
  ...contactFields,
  storeId: z.uuid(),
  tillKey: z.uuid(),
  lines: counterLinesSchema,
  customerId: z.uuid().nullish().transform((value) => value ?? null),
  payment: z.discriminatedUnion('method', [
    z.object({ method: z.literal('CASH'), givenCents: cents }),
    z.object({ method: z.literal('CARD_TERMINAL'), reference }),
    z.object({ method: z.literal('LINK') }),
  ]),
});

export type CustomerOrderRequest = z.input<typeof customerOrderSchema>;
