import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { decodeCsvFile } from '../decode-csv-file';
import { resolveImportStore } from '../default-import-store';
import { MAX_STORED_ERRORS } from '../limits';
import { importShopifyProducts } from '../shopify/import-shopify-products';
import { importStockLevels } from '../stock/import-stock-levels';

export type CreateImportRunInput = {
  kind: 'PRODUCTS' | 'STOCK';
  fileName: string;
  bytes: Uint8Array;
  /** Products: the store for "Variant Inventory Qty" (default: the web warehouse). */
  storeId?: string | null;
};

/**
 * The dry run: reads the uploaded file, checks every row against the database and keeps the
 * result (and the file, for the import the owner may confirm next). Writes no catalog data.
 */
export async function createImportRun(input: CreateImportRunInput, actor: Pick<SessionUser, 'id' | 'role'>): Promise<{ id: string }> {
  if (actor.role !== 'OWNER') throw new AppError('FORBIDDEN');
  const file = decodeCsvFile(input.bytes);
  const store = input.kind === 'PRODUCTS' ? await resolveImportStore(input.storeId) : null;
  const dry =
    input.kind === 'PRODUCTS'
      ? await importShopifyProducts({ text: file.text, storeId: store!.id, actorId: actor.id, mode: 'dry-run', source: 'admin' })
      : await importStockLevels({ text: file.text, actorId: actor.id, mode: 'dry-run', source: 'admin' });
  const run = await prisma.importRun.create({
    data: {
      kind: input.kind,
      fileName: input.fileName.slice(0, 200),
      fileText: file.text,
      encoding: file.encoding,
      storeId: store?.id ?? null,
      actorId: actor.id,
      totalRows: dry.plannedRows,
      errorCount: dry.errors.length,
      // A product import's warnings (rows imported without a mangled barcode...) go with its counts.
      dryRun: 'warnings' in dry ? { ...dry.counts, warnings: dry.warnings.slice(0, MAX_STORED_ERRORS) } : dry.counts,
      errors: dry.errors.slice(0, MAX_STORED_ERRORS),
    },
    select: { id: true },
  });
  return run;
}
