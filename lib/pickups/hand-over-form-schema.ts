import { z } from 'zod';

// The hand-over form's fields. Add-ons come as one JSON field (what the form's state ticked):
// only variant and quantity; their prices are read on the server.

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);
const badRequest = { error: 'storeHandover.errors.badRequest' };

function jsonOrEmpty(value: unknown): unknown {
  if (value === undefined || value === '') return [];
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value; // refused below as a bad request
  }
}

const wholeNumber = (value: unknown) => (typeof value === 'string' && /^\d{1,9}$/.test(value.trim()) ? Number(value) : value);

export const handOverFormSchema = z.object({
  storeId: z.uuid(badRequest),
  number: z.preprocess(wholeNumber, z.number(badRequest).int().positive()),
  code: z
    .string({ error: 'storeHandover.errors.codeRequired' })
    .trim()
    .min(1, { error: 'storeHandover.errors.codeRequired' })
    .max(40, { error: 'storeHandover.errors.codeRequired' }),
  paymentMethod: z.preprocess(
    emptyToUndefined,
    z.enum(['CASH', 'CARD_TERMINAL'], { error: 'storeHandover.errors.paymentMethodRequired' }).optional(),
  ),
  addOns: z.preprocess(
    jsonOrEmpty,
    z.array(z.object({ variantId: z.uuid(badRequest), quantity: z.number(badRequest).int().min(1, badRequest).max(99, badRequest) }), badRequest).max(20, badRequest),
  ),
  addOnsCents: z.preprocess((value) => (value === undefined || value === '' ? 0 : wholeNumber(value)), z.number(badRequest).int().min(0).max(10_000_000)),
});
