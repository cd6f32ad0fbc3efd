import { describe, expect, it } from 'vitest';
import { computeReturnRefund, type RefundOrderLine } from '@/lib/returns/compute-return-refund';

const mug: RefundOrderLine = { id: 'mug', quantity: 2, unitPriceCents: 1290, cancelled: false, returnedQuantity: 0 };
const candle: RefundOrderLine = { id: 'candle', quantity: 1, unitPriceCents: 2490, cancelled: false, returnedQuantity: 0 };
// Paid: 2 × 12,90 + 24,90 + 5,90 shipping.
const paid = { shippingCents: 590, paidCents: 2 * 1290 + 2490 + 590, refundedCents: 0 };

describe('computeReturnRefund', () => {
  it('gives back the unit price (VAT included) times the units returned, without shipping while something stays with the customer', () => {
    const refund = computeReturnRefund({ ...paid, lines: [mug, candle], returning: { mug: 1 } });
    expect(refund).toEqual({ itemsCents: 1290, shippingCents: 0, totalCents: 1290, wholeOrderReturned: false, limitedByPaid: false });
  });

  it('adds the shipping when this return brings the whole order back', () => {
    const refund = computeReturnRefund({ ...paid, lines: [mug, candle], returning: { mug: 2, candle: 1 } });
    expect(refund.totalCents).toBe(2 * 1290 + 2490 + 590);
    expect(refund.shippingCents).toBe(590);
    expect(refund.wholeOrderReturned).toBe(true);
  });

  it('adds the shipping when the last units come back after an earlier return', () => {
    const earlier = { ...mug, returnedQuantity: 2 };
    const refund = computeReturnRefund({ ...paid, refundedCents: 2580, lines: [earlier, candle], returning: { candle: 1 } });
    expect(refund.totalCents).toBe(2490 + 590);
  });

  it('does not count cancelled lines as still with the customer', () => {
    const cancelled = { ...candle, cancelled: true };
    const refund = computeReturnRefund({ ...paid, refundedCents: 2490, lines: [mug, cancelled], returning: { mug: 2 } });
    expect(refund.shippingCents).toBe(590);
    expect(refund.totalCents).toBe(2580 + 590);
  });

  it('never gives back more than is left of what was paid', () => {
    const refund = computeReturnRefund({ ...paid, refundedCents: 5000, lines: [mug, candle], returning: { mug: 2, candle: 1 } });
    expect(refund.totalCents).toBe(paid.paidCents - 5000);
    expect(refund.limitedByPaid).toBe(true);
  });

  it('gives nothing when nothing is returned, or when everything paid was already given back', () => {
    expect(computeReturnRefund({ ...paid, lines: [mug, candle], returning: {} }).totalCents).toBe(0);
    expect(computeReturnRefund({ ...paid, refundedCents: paid.paidCents, lines: [mug, candle], returning: { mug: 1 } }).totalCents).toBe(0);
  });
});
