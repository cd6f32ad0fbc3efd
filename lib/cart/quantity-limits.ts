// Cart quantity rules without dependencies, so that client components can use them too.

/** The most units of one variant a cart line can hold. */
export const MAX_LINE_QUANTITY = 99;

export function isValidQuantity(quantity: number): boolean {
  return Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_LINE_QUANTITY;
}
