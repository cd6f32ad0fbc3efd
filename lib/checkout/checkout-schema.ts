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

/** Who the order is for. */
export const contactFields = { email: emailSchema, name: nameSchema, phone: phoneSchema };

const common = {
  ...contactFields,
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

/** `fields` with how the order reaches the customer: home delivery, a parcel locker or pickup at a store. */
export function withFulfilment<T extends z.ZodRawShape>(fields: T) {
  return z.discriminatedUnion(
    'fulfilment',
    [
      z.object({
        ...fields,
        fulfilment: z.literal('DELIVERY'),
        street: requiredText('streetRequired'),
        postalCode: z.string({ error: 'postalCodeInvalid' }).trim().regex(/^\d{5}$/, { error: 'postalCodeInvalid' }),
        city: requiredText('cityRequired', 100),
      }),
      z.object({ ...fields, fulfilment: z.literal('PARCEL_LOCKER'), lockerName: requiredText('lockerRequired') }),
      z.object({ ...fields, fulfilment: z.literal('PICKUP'), pickupStoreId: z.uuid({ error: 'pickupStoreInvalid' }) }),
    ],
    { error: 'fulfilmentInvalid' },
  );
}

export const checkoutSchema = withFulfilment(common);

export type CheckoutFormData = z.infer<typeof checkoutSchema>;

type FulfilmentData =
  | { fulfilment: 'DELIVERY'; street: string; postalCode: string; city: string }
  | { fulfilment: 'PARCEL_LOCKER'; lockerName: string }
  | { fulfilment: 'PICKUP'; pickupStoreId: string };

/** The parsed fulfilment fields as an order's fulfilment. */
export function fulfilmentOf(data: FulfilmentData): CheckoutFulfilment {
  return data.fulfilment === 'DELIVERY'
    ? { type: 'DELIVERY', street: data.street, postalCode: data.postalCode, city: data.city }
    : data.fulfilment === 'PARCEL_LOCKER'
      ? { type: 'PARCEL_LOCKER', lockerName: data.lockerName }
      : { type: 'PICKUP', storeId: data.pickupStoreId };
}

/** The parsed form as placeOrder's contact, fulfilment and payment. */
export function checkoutChoices(data: CheckoutFormData): {
  contact: CheckoutContact;
  fulfilment: CheckoutFulfilment;
  payment: PaymentMethod;
  expectedTotalCents?: number;
} {
  const contact = { email: data.email, name: data.name, phone: data.phone ?? null };
  return { contact, fulfilment: fulfilmentOf(data), payment: data.payment, expectedTotalCents: data.expectedTotalCents };
}
