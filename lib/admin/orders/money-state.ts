// What was paid for an order and what has gone back: failed refunds do not count, pending ones do
// (they are on their way), as in recordRefund.

type PaymentRow = { status: string; amountCents: number };
type RefundRow = { status: string; amountCents: number };

export type MoneyState = { paidCents: number; refundedCents: number; refundableCents: number };

export function moneyState(payments: readonly PaymentRow[], refunds: readonly RefundRow[]): MoneyState {
  const paidCents = payments.filter((p) => p.status === 'SUCCEEDED').reduce((sum, p) => sum + p.amountCents, 0);
  const refundedCents = refunds.filter((r) => r.status !== 'FAILED').reduce((sum, r) => sum + r.amountCents, 0);
  return { paidCents, refundedCents, refundableCents: Math.max(0, paidCents - refundedCents) };
}
