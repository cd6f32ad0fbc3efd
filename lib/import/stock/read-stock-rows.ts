import type { ImportErrorCode, RowError } from '../import-types';
import type { CsvTable } from '../read-csv-table';
import { parseQuantity } from '../shopify/parse-cells';
import { columnReader } from '../shopify/shopify-columns';

// The stock CSV: one row per SKU and store, with the quantity on hand (what the export writes).
export const STOCK_COLUMNS = {
  sku: ['SKU', 'Variant SKU', 'Tuotekoodi'],
  store: ['Store', 'Store slug', 'Myymälä', 'Kauppa', 'Location'],
  quantity: ['Quantity', 'On hand', 'Määrä', 'Saldo', 'Variant Inventory Qty'],
} as const;

export type StockRow = { row: number; sku: string; store: string; quantity: number };

/** Reads and checks the rows; null when the file is not a stock CSV (no SKU, store and quantity columns). */
export function readStockRows(table: CsvTable): { rows: StockRow[]; errors: RowError[]; rowCount: number } | null {
  const col = columnReader(table.header, STOCK_COLUMNS);
  if (!col.has('sku') || !col.has('store') || !col.has('quantity')) return null;
  const errors: RowError[] = [];
  const rows: StockRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const before = errors.length;
    const error = (field: keyof typeof STOCK_COLUMNS, code: ImportErrorCode, params?: RowError['params']) =>
      errors.push({ row, column: col.name(field), code, params });
    const sku = col.get(cells, 'sku');
    const store = col.get(cells, 'store').toLowerCase();
    const quantityText = col.get(cells, 'quantity');
    if (!sku) error('sku', 'skuMissing');
    if (!store) error('store', 'storeMissing');
    const quantity = parseQuantity(quantityText);
    if (!quantity.ok) error('quantity', 'quantityInvalid');
    const key = `${sku.toUpperCase()}\u0000${store}`;
    if (sku && store && seen.has(key)) error('sku', 'stockRepeated', { row: seen.get(key)! });
    else seen.set(key, row);
    if (errors.length === before && quantity.ok) rows.push({ row, sku, store, quantity: quantity.value });
  }
  return { rows, errors, rowCount: table.rows.length };
}
