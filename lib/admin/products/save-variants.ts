import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { AppError } from '@/lib/errors';
import type { Tx } from '@/lib/inventory/tx';
import type { ProductInput, VariantInput } from './product-schema';

/**
 * Gives a product exactly the variants of the form, in its order: existing ones (by id) are
 * updated, new ones created, missing ones deleted, unless they have sales or stock history
 * (VALIDATION on `variants`: deactivate instead). A changed price is audited with before/after.
 * A blank barcode field never clears a variant's barcode: a variant without one gets the shop's
 * own code afterwards (assignInStoreCodes), and a code once on a shelf label should stay.
 */
export async function saveVariants(tx: Tx, productId: string, input: ProductInput, actorId: string) {
  const existing = await tx.productVariant.findMany({
    where: { productId },
    select: { id: true, sku: true, priceCents: true, _count: { select: { orderLines: true, stockMovements: true, transferLines: true, reservations: true } } },
  });
  const byId = new Map(existing.map((v) => [v.id, v]));
  input.variants.forEach((variant, index) => {
    if (variant.id && !byId.has(variant.id)) throw new AppError('NOT_FOUND', undefined, `variants.${index}`);
  });
  const kept = new Set(input.variants.map((v) => v.id).filter(Boolean));
  const removed = existing.filter((v) => !kept.has(v.id));
  for (const variant of removed) {
    const history = Object.values(variant._count).some((count) => count > 0);
    if (history) throw new AppError('VALIDATION', 'adminProducts.errors.variantHasHistory', 'variants');
  }
  if (removed.length > 0) await tx.productVariant.deleteMany({ where: { id: { in: removed.map((v) => v.id) } } });

  for (const [position, variant] of input.variants.entries()) {
    const data = variantData(variant, input.vatRateBp, position);
    if (!variant.id) {
      await tx.productVariant.create({ data: { ...data, productId } });
      continue;
    }
    const before = byId.get(variant.id)!;
    const { ean, ...rest } = data;
    await tx.productVariant.update({ where: { id: variant.id }, data: ean === null ? rest : data });
    if (before.priceCents !== variant.priceCents) {
      await recordAudit(tx, {
        actorId,
        action: 'product.price_changed',
        entityType: 'variant',
        entityId: variant.id,
        data: { productId, sku: variant.sku, beforeCents: before.priceCents, afterCents: variant.priceCents },
      });
    }
  }
}

function variantData(variant: VariantInput, vatRateBp: number, position: number) {
  return {
    sku: variant.sku,
    ean: variant.ean,
    size: variant.size,
    colour: variant.colour,
    priceCents: variant.priceCents,
    compareAtCents: variant.compareAtCents,
    vatRateBp,
    active: variant.active,
    position,
  };
}
