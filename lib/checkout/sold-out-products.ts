import 'server-only';
import { prisma } from '@/lib/db';
import { sellableStoreIdsSql } from '@/lib/inventory/sellable-stores';

/**
 * The products of an order with a variant that the order has just sold out online (nothing left
 * to sell in the warehouse or the stores with pickup), so their cached pages can be refreshed.
 */
export async function soldOutProducts(orderId: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ product_id: string }[]>`
    SELECT DISTINCT ol.product_id
      FROM order_lines ol
     WHERE ol.order_id = ${orderId}::uuid
       AND ol.product_id IS NOT NULL
       AND NOT EXISTS (
         SELECT 1
           FROM stock_levels l
          WHERE l.store_id IN ${sellableStoreIdsSql} AND l.variant_id = ol.variant_id AND l.on_hand - l.reserved > 0)`;
  return rows.map((row) => row.product_id);
}
