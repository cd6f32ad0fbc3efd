import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { MAX_STORED_ERRORS } from '../limits';
import { importShopifyProducts } from '../shopify/import-shopify-products';
import { importStockLevels } from '../stock/import-stock-levels';

/** A run left RUNNING this long without progress was interrupted (e.g. the server restarted). */
const STALE_MS = 5 * 60 * 1000;

export type RunImportResult = { kind: 'PRODUCTS' | 'STOCK'; productIds: string[] };

/**
 * Imports a dry-run file for real, writing progress (rows processed / total) as it goes. With
 * row errors it needs the owner's `validOnly` confirmation: the valid rows are imported and the
 * rows with errors left out; without it nothing is imported. A run is claimed atomically, so a
 * double click imports once.
 */
export async function runImport(runId: string, options: { validOnly: boolean }, actor: Pick<SessionUser, 'id' | 'role'>): Promise<RunImportResult> {
  if (actor.role !== 'OWNER') throw new AppError('FORBIDDEN');
  const run = await prisma.importRun.findUnique({ where: { id: runId } });
  if (!run) throw new AppError('NOT_FOUND');
  if (run.errorCount > 0 && !options.validOnly) throw new AppError('VALIDATION', 'adminImport.errors.confirmRequired', 'validOnly');
  const staleBefore = new Date(Date.now() - STALE_MS);
  const claimed = await prisma.importRun.updateMany({
    where: { id: runId, OR: [{ status: 'DRY_RUN' }, { status: 'RUNNING', updatedAt: { lt: staleBefore } }] },
    data: { status: 'RUNNING', validOnly: options.validOnly, processedRows: 0, startedAt: new Date(), actorId: actor.id },
  });
  if (claimed.count === 0) throw new AppError('INVALID_STATE');

  const onProgress = async (processed: number, total: number) => {
    await prisma.importRun.update({ where: { id: runId }, data: { processedRows: Math.min(processed, total), totalRows: total } });
  };
  const mode = options.validOnly ? 'valid-only' : 'all-or-nothing';
  try {
    const outcome =
      run.kind === 'PRODUCTS'
        ? await importShopifyProducts({ text: run.fileText, storeId: run.storeId!, actorId: actor.id, mode, source: 'admin', onProgress })
        : await importStockLevels({ text: run.fileText, actorId: actor.id, mode, source: 'admin', onProgress });
    await prisma.importRun.update({
      where: { id: runId },
      data: {
        status: outcome.applied ? 'DONE' : 'FAILED',
        failure: outcome.applied ? null : 'errors',
        result: outcome.counts,
        errors: outcome.errors.slice(0, MAX_STORED_ERRORS),
        errorCount: outcome.errors.length,
        totalRows: outcome.plannedRows,
        processedRows: outcome.applied ? outcome.plannedRows : 0,
        finishedAt: new Date(),
        fileText: outcome.applied ? '' : run.fileText,
      },
    });
    return { kind: run.kind, productIds: 'productIds' in outcome ? outcome.productIds : [] };
  } catch (error) {
    await prisma.importRun.update({
      where: { id: runId },
      data: { status: 'FAILED', failure: error instanceof Error ? error.message.slice(0, 500) : 'error', finishedAt: new Date() },
    });
    throw error;
  }
}
