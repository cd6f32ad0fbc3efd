import { getSessionUser } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { csvDownload, datedFileName } from '@/lib/import/csv-download';
import { resolveImportStore } from '@/lib/import/default-import-store';
import { exportStockCsv } from '@/lib/import/stock/export-stock-csv';

// GET /api/admin/export/stock.csv[?store=SLUG]: on-hand per SKU and store (SKU, Store, Quantity),
// every store or the one named. Owner only.
export async function GET(request: Request) {
  const user = await getSessionUser();
  if (user?.role !== 'OWNER') return new Response('Forbidden', { status: 403 });
  const slug = new URL(request.url).searchParams.get('store');
  let storeId: string | undefined;
  try {
    storeId = slug ? (await resolveImportStore(slug)).id : undefined;
  } catch (error) {
    if (isAppError(error)) return new Response('Unknown store', { status: 400 });
    throw error;
  }
  return csvDownload(exportStockCsv(storeId), datedFileName(slug ? `stock-${slug}` : 'stock'));
}
