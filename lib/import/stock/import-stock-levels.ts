import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { chunk } from '../chunk';
import { invalidRowCount, sortErrors, type RowError, type StockImportCounts } from '../import-types';
import { readCsvTable } from '../read-csv-table';
import { writeStockTargets } from '../write-stock-targets';
import { readStockRows, type StockRow } from './read-stock-rows';

export type StockImportInput = {
  text: string;
  actorId: string | null;
  mode: 'dry-run' | 'all-or-nothing' | 'valid-only';
  source: string;
  onProgress?: (processedRows: number, totalRows: number) => Promise<void>;
};

export type StockImportResult = { counts: StockImportCounts; errors: RowError[]; plannedRows: number; applied: boolean };

type Change = StockRow & { variantId: string; storeId: string };

const BATCH_ROWS = 1000;

/**
 * Sets on-hand per SKU and store from a stock CSV (a stock count): each change is an ADJUST
 * movement with reason 'import'. Rows whose quantity is already right are skipped, so importing
 * the same file twice changes nothing.
 */
export async function importStockLevels(input: StockImportInput): Promise<StockImportResult> {
  const table = readCsvTable(input.text);
  const read = table ? readStockRows(table) : null;
  if (!read) throw new AppError('VALIDATION', 'adminImport.errors.notStockCsv');
  const errors = [...read.errors];
  const changes: Change[] = [];
  let skipped = 0;

  const stores = new Map((await prisma.store.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]));
  const variants = new Map<string, string>();
  for (const part of chunk([...new Set(read.rows.map((r) => r.sku))], 5000)) {
    for (const v of await prisma.productVariant.findMany({ where: { sku: { in: part } }, select: { id: true, sku: true } })) variants.set(v.sku, v.id);
  }
  const levels = new Map<string, { onHand: number; reserved: number }>();
  for (const part of chunk([...variants.values()], 5000)) {
    for (const l of await prisma.stockLevel.findMany({ where: { variantId: { in: part } }, select: { variantId: true, storeId: true, onHand: true, reserved: true } })) {
      levels.set(`${l.variantId}:${l.storeId}`, l);
    }
  }
  for (const row of read.rows) {
    const variantId = variants.get(row.sku);
    const storeId = stores.get(row.store);
    if (!variantId) errors.push({ row: row.row, column: 'SKU', code: 'skuUnknown', params: { sku: row.sku } });
    if (!storeId) errors.push({ row: row.row, column: 'Store', code: 'storeUnknown', params: { store: row.store } });
    if (!variantId || !storeId) continue;
    const level = levels.get(`${variantId}:${storeId}`);
    if ((level?.onHand ?? 0) === row.quantity) {
      skipped += 1;
      continue;
    }
    if (level && row.quantity < level.reserved) {
      errors.push({ row: row.row, column: 'Quantity', code: 'quantityBelowReserved', params: { reserved: level.reserved } });
      continue;
    }
    changes.push({ ...row, variantId, storeId });
  }

  const result: StockImportResult = {
    counts: { rows: read.rowCount, changed: changes.length, skipped, invalidRows: invalidRowCount(errors) },
    errors: sortErrors(errors),
    plannedRows: changes.length + skipped,
    applied: false,
  };
  if (input.mode === 'dry-run' || (errors.length > 0 && input.mode !== 'valid-only')) return result;

  let changed = 0;
  let processed = skipped;
  for (const batch of chunk(changes, BATCH_ROWS)) {
    const written = await prisma.$transaction(
      (tx) =>
        writeStockTargets(
          tx,
          batch.map((c) => ({ variantId: c.variantId, storeId: c.storeId, target: c.quantity, row: c.row, column: 'Quantity' })),
          { actorId: input.actorId, newLevel: 'ADJUST' },
        ),
      { timeout: 120_000, maxWait: 10_000 },
    );
    changed += written.changed;
    result.errors.push(...written.errors);
    processed += batch.length;
    await input.onProgress?.(processed, result.plannedRows);
  }
  result.counts.changed = changed;
  result.counts.invalidRows = invalidRowCount(result.errors);
  result.errors = sortErrors(result.errors);
  result.applied = true;
  await recordAudit(prisma, {
    actorId: input.actorId,
    action: 'stock.imported',
    entityType: 'stock',
    entityId: null,
    data: { source: input.source, ...result.counts, errors: result.errors.length },
  });
  return result;
}
