import { AppError } from '@/lib/errors';

export type StockLine = { variantId: string; quantity: number };

/**
 * One line per variant (quantities of the same variant summed: one SKU may come on two lines),
 * sorted by variant id. Every transaction that locks stock rows takes them in this order, so two
 * transactions never wait for each other in a circle (no deadlocks).
 */
export function stockLinesInLockOrder(lines: readonly StockLine[]): StockLine[] {
  const byVariant = new Map<string, number>();
  for (const { variantId, quantity } of lines) {
    if (!Number.isSafeInteger(quantity) || quantity <= 0) throw new AppError('VALIDATION', 'quantityInvalid');
    byVariant.set(variantId, (byVariant.get(variantId) ?? 0) + quantity);
  }
  return [...byVariant]
    .map(([variantId, quantity]) => ({ variantId, quantity }))
    .sort((a, b) => compareIds(a.variantId, b.variantId));
}

/** The one ordering of ids (variant, store) used for locking. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
