import type { AddOn } from '@/lib/pickups/suggest-add-ons';

// What the counter has ticked among the suggested add-ons: per product, one variant and how many.

export type PickedAddOns = Readonly<Record<string, { variantId: string; quantity: number }>>;

/** The ticked add-ons as sale lines, each with its price as the page shows it. */
export function pickedLines(addOns: readonly AddOn[], picked: PickedAddOns) {
  return addOns.flatMap((addOn) => {
    const pick = picked[addOn.productId];
    const variant = pick && addOn.variants.find((candidate) => candidate.variantId === pick.variantId);
    return variant ? [{ variantId: variant.variantId, quantity: pick.quantity, lineCents: variant.priceCents * pick.quantity }] : [];
  });
}
