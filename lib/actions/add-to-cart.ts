'use server';

import { newLinkToken } from '@/lib/auth/tokens';
import type { CartActionState } from '@/lib/cart/action-state';
import { addToCart } from '@/lib/cart/add-to-cart';
import { writeCartToken } from '@/lib/cart/cart-cookie';
import { changeMessage } from '@/lib/cart/change-message';
import { resolveCartRef } from '@/lib/cart/resolve-cart-ref';
import { addToCartSchema } from '@/lib/cart/schemas';
import { failedAction, formFields, invalidInput } from '@/lib/forms/form-state';

/**
 * Adds a variant to the visitor's cart (fields: variantId, quantity, contentId?). A first-time
 * guest gets a cart and its cookie. Any price in the form is ignored: the server reads it.
 */
export async function addToCartAction(_previous: CartActionState, formData: FormData): Promise<CartActionState> {
  const parsed = addToCartSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const current = await resolveCartRef();
    const cartRef = current ?? { guestToken: newLinkToken().token };
    const change = await addToCart(cartRef, parsed.data.variantId, parsed.data.quantity, {
      contentId: parsed.data.contentId,
    });
    if (!current && cartRef.guestToken) await writeCartToken(cartRef.guestToken);
    return {
      status: 'ok',
      message: await changeMessage(change, 'added'),
      itemCount: change.itemCount,
      quantity: change.quantity,
      limitedBy: change.limitedBy,
    };
  } catch (error) {
    return failedAction(error);
  }
}
