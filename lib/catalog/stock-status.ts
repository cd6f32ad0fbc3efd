// How a location's stock of one variant is told to shoppers: in stock, only a few left, or out.

/** At or below this many units, shoppers see "only N left". */
export const LOW_STOCK_THRESHOLD = 3;

export type StockStatus = 'in_stock' | 'low' | 'out';

/** The status for `available` units (on hand minus reserved; a negative count is none). */
export function stockStatus(available: number): StockStatus {
  if (available <= 0) return 'out';
  if (available <= LOW_STOCK_THRESHOLD) return 'low';
  return 'in_stock';
}
