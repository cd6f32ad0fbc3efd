import 'server-only';
import { prisma } from '@/lib/db';
import { isUuid } from '@/lib/validation/uuid';
import type { ProductImportCounts, RowError, StockImportCounts } from '../import-types';

export type ImportRunView = {
  id: string;
  kind: 'PRODUCTS' | 'STOCK';
  status: 'DRY_RUN' | 'RUNNING' | 'DONE' | 'FAILED';
  fileName: string;
  encoding: string;
  storeName: string | null;
  totalRows: number;
  processedRows: number;
  errorCount: number;
  dryRun: ProductImportCounts | StockImportCounts;
  result: ProductImportCounts | StockImportCounts | null;
  errors: RowError[];
  /** A product import's dry-run warnings: what rows import without (see readShopifyProducts). */
  warnings: RowError[];
  failure: string | null;
  createdAt: Date;
  finishedAt: Date | null;
};

/** One import run for its page (the caller has checked that the viewer is the owner). */
export async function getImportRun(id: string): Promise<ImportRunView | null> {
  if (!isUuid(id)) return null;
  const run = await prisma.importRun.findUnique({ where: { id }, omit: { fileText: true } });
  if (!run) return null;
  const store = run.storeId ? await prisma.store.findUnique({ where: { id: run.storeId }, select: { name: true } }) : null;
  return {
    id: run.id,
    kind: run.kind,
    status: run.status,
    fileName: run.fileName,
    encoding: run.encoding,
    storeName: store?.name ?? null,
    totalRows: run.totalRows,
    processedRows: run.processedRows,
    errorCount: run.errorCount,
    dryRun: run.dryRun as ImportRunView['dryRun'],
    warnings: ((run.dryRun as { warnings?: RowError[] } | null)?.warnings ?? []) as RowError[],
    result: run.result as ImportRunView['result'],
    errors: run.errors as RowError[],
    failure: run.failure,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt,
  };
}

/** Progress only, for polling once a second. */
export async function getImportProgress(id: string) {
  if (!isUuid(id)) return null;
  return prisma.importRun.findUnique({ where: { id }, select: { status: true, processedRows: true, totalRows: true } });
}
