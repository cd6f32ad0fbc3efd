import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { prisma } from '@/lib/db';
import { assignInStoreCodes } from '@/lib/catalog/assign-in-store-codes';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/inventory/tx';
import type { ProductInput } from './product-schema';
import { saveVariants } from './save-variants';
import { syncProductTags } from './sync-product-tags';

export type SaveProductResult = { id: string; slug: string; previousSlug: string | null; previousCategoryId: string | null };

const E = (key: string) => `adminProducts.errors.${key}`;

/**
 * Creates a product (no `productId`) or replaces an existing one's fields, tags, images and
 * variants, in one transaction. Refusals (nothing saved): VALIDATION on `slug` or
 * `variants.N.sku` when taken by another product, on `variants.N` when a removed variant has
 * sales or stock history (deactivate it instead); NOT_FOUND for an unknown product or variant id.
 * Every changed variant price is audited ('product.price_changed', before/after in cents).
 * A variant left without a barcode gets the shop's own in-store EAN-13.
 */
export async function saveProduct(input: ProductInput, actorId: string, productId?: string): Promise<SaveProductResult> {
  try {
    return await prisma.$transaction(async (tx) => {
      const previous = productId ? await lockProduct(tx, productId) : null;
      await assertUnique(tx, input, productId ?? null);
      const fields = {
        slug: input.slug,
        nameFi: input.nameFi,
        nameEn: input.nameEn,
        descriptionFi: input.descriptionFi,
        descriptionEn: input.descriptionEn,
        categoryId: input.categoryId,
        status: input.status,
        finalSale: input.finalSale,
        featured: input.featured,
      };
      const product = productId
        ? await tx.product.update({ where: { id: productId }, data: fields, select: { id: true, slug: true } })
        : await tx.product.create({ data: fields, select: { id: true, slug: true } });
      await syncProductTags(tx, product.id, input.tags);
      await tx.productImage.deleteMany({ where: { productId: product.id } });
      await tx.productImage.createMany({
        data: input.images.map((image, position) => ({
          productId: product.id,
          url: image.url,
          altFi: image.altFi,
          // An English page never shows a picture without a description.
          altEn: image.altEn || image.altFi,
          position,
        })),
      });
      await saveVariants(tx, product.id, input, actorId);
      await assignInStoreCodes(tx, [product.id]);
      await recordAudit(tx, {
        actorId,
        action: productId ? 'product.updated' : 'product.created',
        entityType: 'product',
        entityId: product.id,
        data: { slug: product.slug, status: input.status },
      });
      return { id: product.id, slug: product.slug, previousSlug: previous?.slug ?? null, previousCategoryId: previous?.categoryId ?? null };
    });
  } catch (error) {
    // Two saves racing for one slug or SKU: the database's unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('VALIDATION', E('uniqueTaken'));
    }
    throw error;
  }
}

async function lockProduct(tx: Tx, productId: string) {
  const rows = await tx.$queryRaw<{ slug: string; category_id: string | null }[]>`
    SELECT slug, category_id FROM products WHERE id = ${productId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new AppError('NOT_FOUND');
  return { slug: rows[0].slug, categoryId: rows[0].category_id };
}

async function assertUnique(tx: Tx, input: ProductInput, productId: string | null) {
  const slugOwner = await tx.product.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (slugOwner && slugOwner.id !== productId) throw new AppError('VALIDATION', E('slugTaken'), 'slug');
  const taken = await tx.productVariant.findMany({
    where: { sku: { in: input.variants.map((v) => v.sku) }, ...(productId ? { productId: { not: productId } } : {}) },
    select: { sku: true },
  });
  if (taken.length > 0) {
    const index = input.variants.findIndex((v) => v.sku === taken[0].sku);
    throw new AppError('VALIDATION', E('skuTaken'), `variants.${index}.sku`);
  }
}
