import { z } from 'zod';
import { MAX_LINE_QUANTITY } from './quantity-limits';

// What the cart's server actions accept; message keys live in forms.json `fieldErrors`.
// Prices are never part of the input: the server reads them.

/**
 * An integer 1..99. Whole numbers typed in a form ("3", "-1") are read as numbers so that they
 * get a range message; "3.5", "1e2", "" or words are not numbers at all.
 */
export const quantitySchema = z.preprocess(
  (value) => (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value),
  // The range is checked before integer-ness, so that 1e20 is "too large" rather than "not whole".
  z
    .number({ error: 'quantityInvalid' })
    .min(1, { error: 'quantityTooSmall' })
    .max(MAX_LINE_QUANTITY, { error: 'quantityTooLarge' })
    .int({ error: 'quantityInvalid' }),
);

export const addToCartSchema = z.object({
  variantId: z.uuid({ error: 'variantInvalid' }),
  quantity: quantitySchema.default(1),
  /** The story, guide or event page the shopper added from (attribution). */
  contentId: z.uuid({ error: 'contentInvalid' }).optional(),
});
export type AddToCartInput = z.infer<typeof addToCartSchema>;

export const updateCartItemSchema = z.object({ itemId: z.uuid({ error: 'cartItemInvalid' }), quantity: quantitySchema });
export type UpdateCartItemInput = z.infer<typeof updateCartItemSchema>;

export const removeCartItemSchema = z.object({ itemId: z.uuid({ error: 'cartItemInvalid' }) });
export type RemoveCartItemInput = z.infer<typeof removeCartItemSchema>;
