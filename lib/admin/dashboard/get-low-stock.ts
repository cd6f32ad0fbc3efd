import 'server-only';
import { prisma } from '@/lib/db';

/** Available (on hand minus held for orders) at or below this is low. */
export const LOW_STOCK_THRESHOLD = 3;
const PER_STORE = 10;

export type LowStockItem = { productId: string; variantId: string; sku: string; name: string; variantLabel: string | null; available: number };
export type StoreLowStock = { storeId: string; storeName: string; items: LowStockItem[]; total: number };

/**
 * Per store, the active variants of active products whose available stock is at most the
 * threshold: the lowest ten first, and how many there are in all. Only variants the store stocks
 * (has a stock level for) count.
 */
export async function getLowStock(locale: 'fi' | 'en'): Promise<StoreLowStock[]> {
  const rows = await prisma.$queryRaw<(LowStockItem & { storeId: string; storeName: string; total: number })[]>`
    SELECT x."storeId", x."storeName", x."productId", x."variantId", x.sku, x.name, x."variantLabel", x.available, x.total
      FROM (
        SELECT s.id AS "storeId", s.name AS "storeName", s.position, p.id AS "productId", v.id AS "variantId", v.sku,
               CASE WHEN ${locale} = 'en' THEN p.name_en ELSE p.name_fi END AS name,
               NULLIF(concat_ws(' / ', v.size, v.colour), '') AS "variantLabel",
               (l.on_hand - l.reserved)::int AS available,
               row_number() OVER (PARTITION BY l.store_id ORDER BY l.on_hand - l.reserved, p.name_fi, v.sku) AS rank,
               (count(*) OVER (PARTITION BY l.store_id))::int AS total
          FROM stock_levels l
          JOIN stores s ON s.id = l.store_id
          JOIN product_variants v ON v.id = l.variant_id AND v.active
          JOIN products p ON p.id = v.product_id AND p.status = 'ACTIVE'
         WHERE l.on_hand - l.reserved <= ${LOW_STOCK_THRESHOLD}
      ) x
     WHERE x.rank <= ${PER_STORE}
     ORDER BY x.position, x."storeName", x.rank`;
  const stores = new Map<string, StoreLowStock>();
  for (const { storeId, storeName, total, ...item } of rows) {
    let store = stores.get(storeId);
    if (!store) stores.set(storeId, (store = { storeId, storeName, items: [], total }));
    store.items.push(item);
  }
  return [...stores.values()];
}
