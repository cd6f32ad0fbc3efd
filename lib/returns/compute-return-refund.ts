// What a return gives back. Pure, so that the desk can show the same sum while staff fill in the
// form; the server computes it again inside the receiving transaction.

export type RefundOrderLine = {
  id: string;
  /** Units bought. */
  quantity: number;
  /** VAT included. */
  unitPriceCents: number;
  /** Cancelled lines (goods not found) were refunded when they were cancelled. */
  cancelled: boolean;
  /** Units already taken back by earlier returns. */
  returnedQuantity: number;
};

export type ComputeReturnRefundInput = {
  lines: readonly RefundOrderLine[];
  /** Units taken back now, by order line id. */
  returning: Readonly<Record<string, number>>;
  shippingCents: number;
  /** Succeeded payments of the order. */
  paidCents: number;
  /** Refunds already given or on their way (failed ones do not count). */
  refundedCents: number;
};

export type ReturnRefund = {
  itemsCents: number;
  /** The order's shipping, given back only when this return makes the whole order returned. */
  shippingCents: number;
  /** What is refunded: items + shipping, but never more than is left of what was paid. */
  totalCents: number;
  wholeOrderReturned: boolean;
  /** True when the refund was cut down to what is left of the payment. */
  limitedByPaid: boolean;
};

export function computeReturnRefund(input: ComputeReturnRefundInput): ReturnRefund {
  let itemsCents = 0;
  let returningAny = false;
  let wholeOrderReturned = true;
  for (const line of input.lines) {
    const now = Math.max(0, input.returning[line.id] ?? 0);
    if (now > 0) returningAny = true;
    itemsCents += line.unitPriceCents * now;
    if (!line.cancelled && line.returnedQuantity + now < line.quantity) wholeOrderReturned = false;
  }
  wholeOrderReturned &&= returningAny;
  const shippingCents = wholeOrderReturned ? input.shippingCents : 0;
  const left = Math.max(0, input.paidCents - input.refundedCents);
  const wanted = itemsCents + shippingCents;
  return { itemsCents, shippingCents, totalCents: Math.min(wanted, left), wholeOrderReturned, limitedByPaid: wanted > left };
}
