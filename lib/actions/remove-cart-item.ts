'use server';

import { refresh } from 'next/cache';
import type { CartActionState } from '@/lib/cart/action-state';
import { changeMessage } from '@/lib/cart/change-message';
import { removeCartItem } from '@/lib/cart/remove-cart-item';
import { resolveCartRef } from '@/lib/cart/resolve-cart-ref';
import { removeCartItemSchema } from '@/lib/cart/schemas';
import { AppError } from '@/lib/errors';
import { failedAction, formFields, invalidInput } from '@/lib/forms/form-state';

/** Removes a line from the visitor's own cart (field: itemId). */
export async function removeCartItemAction(_previous: CartActionState, formData: FormData): Promise<CartActionState> {
  const parsed = removeCartItemSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const cartRef = await resolveCartRef();
    if (!cartRef) throw new AppError('NOT_FOUND');
    const change = await removeCartItem(cartRef, parsed.data.itemId);
    refresh();
    return { status: 'ok', message: await changeMessage(change, 'removed'), itemCount: change.itemCount };
  } catch (error) {
    refresh();
    return failedAction(error);
  }
}
