import 'server-only';
import { prisma } from '@/lib/db';
import { sellableStoreIdsSql } from '@/lib/inventory/sellable-stores';

/**
 * Units of each active variant of a product that the web shop can sell now, by variant id: on
 * hand minus reserved, summed over the warehouse and the stores with pickup (the same rule as
 * the cart's). The product page's structured data says InStock or OutOfStock from it.
 */
export async function getSellableStock(productId: string): Promise<Record<string, number>> {
  const rows = await prisma.$queryRaw<{ variantId: string; available: number }[]>`
    SELECT v.id AS "variantId",
           coalesce(sum(greatest(l.on_hand - l.reserved, 0)), 0)::int AS available
      FROM product_variants v
      LEFT JOIN stock_levels l
        ON l.variant_id = v.id
       AND l.store_id IN ${sellableStoreIdsSql}
     WHERE v.product_id = ${productId}::uuid AND v.active
     GROUP BY v.id`;
  return Object.fromEntries(rows.map((row) => [row.variantId, row.available]));
}
