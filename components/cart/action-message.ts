import type { CartActionState } from '@/lib/cart/action-state';

/** The one message to show for a cart action's result: a field's error first, else the message. */
export function actionMessage(state: CartActionState): string | undefined {
  const fieldError = state.fieldErrors ? Object.values(state.fieldErrors)[0] : undefined;
  return fieldError ?? state.message;
}
