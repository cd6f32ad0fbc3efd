import 'server-only';
import { AppError } from '@/lib/errors';
import type { ReturnableLine } from './returnable-lines';

export type ReceiveLineInput = {
  orderLineId: string;
  quantity: number;
  condition: 'RESALEABLE' | 'DAMAGED';
  restock: boolean;
};

/**
 * Checks the lines staff are taking back against what can still be returned (read after the
 * order is locked): each line once, of this order, a whole number of units, no more than bought
 * minus already returned. Throws a VALIDATION AppError with a storeReturns message otherwise.
 */
export function validateReceiveLines(lines: readonly ReceiveLineInput[], returnable: readonly ReturnableLine[]): ReceiveLineInput[] {
  if (lines.length === 0) throw new AppError('VALIDATION', 'storeReturns.errors.nothingSelected');
  const seen = new Set<string>();
  for (const line of lines) {
    if (seen.has(line.orderLineId)) throw new AppError('VALIDATION', 'storeReturns.errors.lineTwice');
    seen.add(line.orderLineId);
    const orderLine = returnable.find((candidate) => candidate.orderLineId === line.orderLineId);
    if (!orderLine) throw new AppError('VALIDATION', 'storeReturns.errors.lineNotInOrder');
    if (!Number.isInteger(line.quantity) || line.quantity < 1) throw new AppError('VALIDATION', 'storeReturns.errors.quantityInvalid');
    if (line.quantity > orderLine.returnableQuantity) throw new AppError('VALIDATION', 'storeReturns.errors.tooMany');
  }
  return [...lines].sort((a, b) => a.orderLineId.localeCompare(b.orderLineId));
}
