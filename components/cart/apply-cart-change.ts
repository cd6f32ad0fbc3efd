import type { CartView } from '@/lib/cart/types';

export type CartChangeRequest = { itemId: string; quantity: number } | { itemId: string; remove: true };

/** The cart as it will look after a change, for the optimistic view (the server's answer follows). */
export function applyCartChange(cart: CartView, change: CartChangeRequest): CartView {
  const items = cart.items.flatMap((item) => {
    if (item.id !== change.itemId) return [item];
    if ('remove' in change) return [];
    return [{ ...item, quantity: change.quantity, lineTotalCents: item.unitPriceCents * change.quantity }];
  });
  return {
    ...cart,
    items,
    itemCount: items.reduce((sum, item) => sum + item.quantity, 0),
    subtotalCents: items.filter((item) => item.purchasable).reduce((sum, item) => sum + item.lineTotalCents, 0),
  };
}

/** A line the shopper must fix before checkout: not on sale, or more than is available. */
export function needsAttention(item: CartView['items'][number]): boolean {
  return !item.purchasable || item.quantity > item.available;
}
