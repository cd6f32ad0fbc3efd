// What an order is worth now: lines cancelled because their goods could not be found no longer
// count (they were refunded, or for a pay-at-pickup order are simply not charged at the counter).

type LineAmount = { lineTotalCents: number; cancelledAt: Date | null };
type OrderAmount = { totalCents: number; lines: readonly LineAmount[] };

/** The order's total minus its cancelled lines, VAT and shipping included. */
export function activeTotalCents(order: OrderAmount): number {
  const cancelled = order.lines.reduce((sum, line) => sum + (line.cancelledAt ? line.lineTotalCents : 0), 0);
  return order.totalCents - cancelled;
}
