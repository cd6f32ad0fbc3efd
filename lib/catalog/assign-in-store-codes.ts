import 'server-only';
import type { Tx } from '@/lib/inventory/tx';
import { allocateInStoreCodes } from './allocate-in-store-codes';

/**
 * Gives every variant of these products that has no barcode an in-store EAN-13 (in the
 * products' and variants' order). A variant that has a barcode keeps it. Returns how many got one.
 */
export async function assignInStoreCodes(tx: Tx, productIds: readonly string[]): Promise<number> {
  if (productIds.length === 0) return 0;
  const missing = await tx.productVariant.findMany({
    where: { productId: { in: [...productIds] }, ean: null },
    orderBy: [{ productId: 'asc' }, { position: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
  if (missing.length === 0) return 0;
  const codes = await allocateInStoreCodes(tx, missing.length);
  const ids = missing.map((variant) => variant.id);
  // One statement for a whole import batch; `ean IS NULL` again so nothing set meanwhile is overwritten.
  return tx.$executeRaw`
    UPDATE product_variants v SET ean = c.ean, updated_at = now()
    FROM unnest(${ids}::uuid[], ${codes}::text[]) AS c(id, ean)
    WHERE v.id = c.id AND v.ean IS NULL`;
}
