import { getSessionUser } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { csvDownload, datedFileName } from '@/lib/import/csv-download';
import { resolveImportStore } from '@/lib/import/default-import-store';
import { exportShopifyCsv } from '@/lib/import/shopify/export-shopify-csv';

// GET /api/admin/export/products.csv[?store=SLUG]: every product in Shopify's product CSV format,
// "Variant Inventory Qty" from the store named (default: the web warehouse). Owner only.
export async function GET(request: Request) {
  const user = await getSessionUser();
  if (user?.role !== 'OWNER') return new Response('Forbidden', { status: 403 });
  const slug = new URL(request.url).searchParams.get('store');
  let store: { id: string; slug: string };
  try {
    store = await resolveImportStore(slug || null);
  } catch (error) {
    if (isAppError(error)) return new Response('Unknown store', { status: 400 });
    throw error;
  }
  return csvDownload(exportShopifyCsv(store.id), datedFileName(`products-${store.slug}`));
}
