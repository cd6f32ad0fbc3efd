import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { applyPercent } from './percent-price';

export type ChangeProductPricesInput = { productIds: readonly string[]; percentBp: number };

/**
 * Changes the price of every variant of the products by a percentage (whole cents, never below
 * zero; compare-at prices stay). Each changed price is audited with its before and after.
 * Returns the ids of the products that exist (for revalidation) and how many prices changed.
 */
export async function changeProductPrices(input: ChangeProductPricesInput, actorId: string) {
  return prisma.$transaction(async (tx) => {
    // Locked in id order, so two bulk changes never deadlock and never lose an update.
    const variants = await tx.$queryRaw<{ id: string; product_id: string; sku: string; price_cents: number }[]>`
      SELECT id, product_id, sku, price_cents FROM product_variants
       WHERE product_id = ANY(${[...input.productIds]}::uuid[]) ORDER BY id FOR UPDATE`;
    let changed = 0;
    for (const variant of variants) {
      const afterCents = applyPercent(variant.price_cents, input.percentBp);
      if (afterCents === variant.price_cents) continue;
      await tx.productVariant.update({ where: { id: variant.id }, data: { priceCents: afterCents } });
      await recordAudit(tx, {
        actorId,
        action: 'product.price_changed',
        entityType: 'variant',
        entityId: variant.id,
        data: { productId: variant.product_id, sku: variant.sku, beforeCents: variant.price_cents, afterCents, percentBp: input.percentBp },
      });
      changed += 1;
    }
    const productIds = [...new Set(variants.map((v) => v.product_id))];
    if (changed > 0) await tx.product.updateMany({ where: { id: { in: productIds } }, data: { updatedAt: new Date() } });
    return { productIds, changed };
  });
}
