import 'server-only';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record-audit';
import { invalidRowCount, sortErrors, type ProductImportCounts, type RowError } from '../import-types';
import { readCsvTable } from '../read-csv-table';
import { applyProductPlan } from './apply-product-plan';
import { planProductImport } from './plan-product-import';
import { readShopifyProducts } from './read-shopify-products';

export type ProductImportMode =
  /** Check the file against the database and count; write nothing. */
  | 'dry-run'
  /** Import only when the file has no errors. */
  | 'all-or-nothing'
  /** Import the valid rows and leave out the rows with errors (the owner confirmed it). */
  | 'valid-only';

export type ProductImportInput = {
  /** The decoded CSV text. */
  text: string;
  /** The store whose on-hand "Variant Inventory Qty" sets. */
  storeId: string;
  actorId: string | null;
  mode: ProductImportMode;
  /** Where the import came from, for the audit log ('admin' or 'cli'). */
  source: string;
  /** Rows with a warning (an invalid barcode, a compare-at price not above the price) count as errors. */
  strict?: boolean;
  onProgress?: (processedRows: number, totalRows: number) => Promise<void>;
};

export type ProductImportResult = {
  counts: ProductImportCounts;
  errors: RowError[];
  /** What was left out of rows that import anyway (see readShopifyProducts). */
  warnings: RowError[];
  /** Rows the import covers (valid rows of products it creates, updates or skips). */
  plannedRows: number;
  /** false: a dry run, or refused because of errors. */
  applied: boolean;
  productIds: string[];
};

/**
 * Imports a Shopify product CSV: upsert by handle (products) and SKU (variants), images by URL,
 * tags and categories by name. Importing the same file again changes nothing. The CLI and the
 * back office both call this.
 */
export async function importShopifyProducts(input: ProductImportInput): Promise<ProductImportResult> {
  const table = readCsvTable(input.text);
  const read = table ? readShopifyProducts(table, { strict: input.strict }) : null;
  if (!read) throw new AppError('VALIDATION', 'adminImport.errors.notShopifyCsv');
  const plan = await planProductImport(read.products, input.storeId, read.rowCount);
  const errors = withoutRedundant([...read.errors, ...plan.errors]);
  const result: ProductImportResult = {
    counts: { ...plan.counts, invalidRows: invalidRowCount(errors) },
    errors: sortErrors(errors),
    warnings: sortErrors(read.warnings),
    plannedRows: plan.plannedRows,
    applied: false,
    productIds: [],
  };
  if (input.mode === 'dry-run' || (errors.length > 0 && input.mode !== 'valid-only')) return result;

  const applied = await applyProductPlan(plan.plans, {
    storeId: input.storeId,
    actorId: input.actorId,
    onProgress: (processed) => input.onProgress?.(processed, plan.plannedRows) ?? Promise.resolve(),
  });
  if (applied.errors.length > 0) {
    result.errors = sortErrors([...errors, ...applied.errors]);
    result.counts.invalidRows = invalidRowCount(result.errors);
  }
  result.counts.stockChanged = applied.stockChanged;
  result.applied = true;
  result.productIds = applied.productIds;
  const { categoriesCreated, tagsCreated, ...numbers } = result.counts;
  await recordAudit(prisma, {
    actorId: input.actorId,
    action: 'products.imported',
    entityType: 'product',
    entityId: null,
    data: {
      source: input.source,
      storeId: input.storeId,
      ...numbers,
      categoriesCreated,
      tagsCreated,
      errors: result.errors.length,
      warnings: result.warnings.length,
      priceChanges: plan.plans.flatMap((p) => p.priceChanges).slice(0, 200),
    },
  });
  return result;
}

/** "No valid variant" says nothing new on a row that already has its own error. */
function withoutRedundant(errors: RowError[]): RowError[] {
  const rowsWithCause = new Set(errors.filter((e) => e.code !== 'noValidVariants').map((e) => e.row));
  return errors.filter((e) => e.code !== 'noValidVariants' || !rowsWithCause.has(e.row));
}
