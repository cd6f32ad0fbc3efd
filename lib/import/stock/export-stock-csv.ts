import 'server-only';
import { stringify } from 'csv-stringify/sync';
import { prisma } from '@/lib/db';

export const STOCK_EXPORT_HEADER = ['SKU', 'Store', 'Quantity'];

const PAGE = 2000;

/**
 * Stock on hand per SKU and store (the store's slug), as CSV, page by page; optionally one
 * store only. Importing the file back changes nothing.
 */
export async function* exportStockCsv(storeId?: string): AsyncGenerator<string> {
  yield '\uFEFF' + stringify([STOCK_EXPORT_HEADER]);
  let after: { variantId: string; storeId: string } | undefined;
  for (;;) {
    const levels = await prisma.stockLevel.findMany({
      where: storeId ? { storeId } : undefined,
      take: PAGE,
      ...(after ? { skip: 1, cursor: { variantId_storeId: after } } : {}),
      orderBy: [{ variantId: 'asc' }, { storeId: 'asc' }],
      select: { variantId: true, storeId: true, onHand: true, variant: { select: { sku: true } }, store: { select: { slug: true } } },
    });
    if (levels.length === 0) return;
    yield stringify(levels.map((l) => [l.variant.sku, l.store.slug, String(l.onHand)]));
    const last = levels[levels.length - 1];
    after = { variantId: last.variantId, storeId: last.storeId };
  }
}
