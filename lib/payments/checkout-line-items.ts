import 'server-only';
import type { Stripe } from './stripe';

export type PayableOrder = {
  currency: string;
  totalCents: number;
  shippingCents: number;
  lines: { name: string; variantLabel: string | null; quantity: number; unitPriceCents: number; lineTotalCents: number }[];
};

/**
 * The Checkout Session's line items, from the order's snapshot prices (never from the client):
 * one item per order line, and shipping as its own item. They must add up to the order's total;
 * otherwise nothing is charged (an error), since the shopper would pay another sum than ours.
 */
export function checkoutLineItems(order: PayableOrder, shippingName: string): Stripe.Checkout.SessionCreateParams.LineItem[] {
  const currency = order.currency.toLowerCase();
  const items: Stripe.Checkout.SessionCreateParams.LineItem[] = order.lines.map((line) => {
    const name = line.variantLabel ? `${line.name} (${line.variantLabel})` : line.name;
    // A line whose total is not unit price x quantity (a discount, say) is charged as one item.
    const exact = line.unitPriceCents * line.quantity === line.lineTotalCents;
    return {
      quantity: exact ? line.quantity : 1,
      price_data: {
        currency,
        unit_amount: exact ? line.unitPriceCents : line.lineTotalCents,
        product_data: { name: exact ? name : `${line.quantity} × ${name}` },
      },
    };
  });
  if (order.shippingCents > 0) {
    items.push({ quantity: 1, price_data: { currency, unit_amount: order.shippingCents, product_data: { name: shippingName } } });
  }
  const sum = items.reduce((total, item) => total + item.price_data!.unit_amount! * item.quantity!, 0);
  if (sum !== order.totalCents) {
    throw new Error(`The order's lines and shipping add up to ${sum}, not to its total ${order.totalCents}.`);
  }
  return items;
}
