'use server';

import { refresh } from 'next/cache';
import type { CartActionState } from '@/lib/cart/action-state';
import { changeMessage } from '@/lib/cart/change-message';
import { resolveCartRef } from '@/lib/cart/resolve-cart-ref';
import { updateCartItemSchema } from '@/lib/cart/schemas';
import { setCartItemQuantity } from '@/lib/cart/set-cart-item-quantity';
import { AppError } from '@/lib/errors';
import { failedAction, formFields, invalidInput } from '@/lib/forms/form-state';

/** Changes a line's quantity in the visitor's own cart (fields: itemId, quantity). */
export async function updateCartItemAction(_previous: CartActionState, formData: FormData): Promise<CartActionState> {
  const parsed = updateCartItemSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const cartRef = await resolveCartRef();
    if (!cartRef) throw new AppError('NOT_FOUND');
    const change = await setCartItemQuantity(cartRef, parsed.data.itemId, parsed.data.quantity);
    refresh();
    return {
      status: 'ok',
      message: await changeMessage(change, 'updated'),
      itemCount: change.itemCount,
      quantity: change.quantity,
      limitedBy: change.limitedBy,
    };
  } catch (error) {
    refresh();
    return failedAction(error);
  }
}
