import { z } from 'zod';
import { emailSchema, nameSchema } from '@/lib/validation/user';
import type { CheckoutContact, CheckoutFulfilment, PaymentMethod } from './types';

// The checkout form. Error messages are keys into forms.json `fieldErrors`. Fields the form does
// not have (a price or a total someone added) are dropped: money is computed on the server only.

const PHONE = /^\+?[0-9][0-9 ()-]{5,19}$/;

function requiredText(key: string, max = 200) {
  return z.string({ error: key }).trim().min(1, { error: key }).max(max, { error: 'fieldTooLong' });
}

const phoneSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z.string().trim().regex(PHONE, { error: 'phoneInvalid' }).optional(),
);

const common = {
  email: emailSchema,
  name: nameSchema,
  phone: phoneSchema,
  payment: z.enum(['CARD', 'PAY_AT_PICKUP'], { error: 'paymentInvalid' }),
  terms: z.literal('on', { error: 'termsRequired' }),
  // The total the shopper saw; the order is refused when today's total differs (a price or the
  // cart changed meanwhile). Never used as the price: totals come from the database.
  expectedTotalCents: z
    .string()
    .regex(/^\d{1,9}$/, { error: 'cartChanged' })
    .transform(Number)
    .optional(),
};

export const checkoutSchema = z.discriminatedUnion(
  'fulfilment',
  [
    z.object({
      ...common,
      fulfilment: z.literal('DELIVERY'),
      street: requiredText('streetRequired'),
      postalCode: z.string({ error: 'postalCodeInvalid' }).trim().regex(/^\d{5}$/, { error: 'postalCodeInvalid' }),
      city: requiredText('cityRequired', 100),
    }),
    z.object({ ...common, fulfilment: z.literal('PARCEL_LOCKER'), lockerName: requiredText('lockerRequired') }),
    z.object({ ...common, fulfilment: z.literal('PICKUP'), pickupStoreId: z.uuid({ error: 'pickupStoreInvalid' }) }),
  ],
  { error: 'fulfilmentInvalid' },
);

export type CheckoutFormData = z.infer<typeof checkoutSchema>;

/** The parsed form as placeOrder's contact, fulfilment and payment. */
export function checkoutChoices(data: CheckoutFormData): {
  contact: CheckoutContact;
  fulfilment: CheckoutFulfilment;
  payment: PaymentMethod;
  expectedTotalCents?: number;
} {
  const contact = { email: data.email, name: data.name, phone: data.phone ?? null };
  const fulfilment: CheckoutFulfilment =
    data.fulfilment === 'DELIVERY'
      ? { type: 'DELIVERY', street: data.street, postalCode: data.postalCode, city: data.city }
      : data.fulfilment === 'PARCEL_LOCKER'
        ? { type: 'PARCEL_LOCKER', lockerName: data.lockerName }
        : { type: 'PICKUP', storeId: data.pickupStoreId };
  return { contact, fulfilment, payment: data.payment, expectedTotalCents: data.expectedTotalCents };
}
