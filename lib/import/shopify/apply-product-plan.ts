import 'server-only';
import { prisma } from '@/lib/db';
import { allocateInStoreCodes } from '@/lib/catalog/allocate-in-store-codes';
import type { Tx } from '@/lib/inventory/tx';
import { bulkInsert } from '../bulk-insert';
import { writeStockTargets } from '../write-stock-targets';
import { chunk } from '../chunk';
import type { RowError } from '../import-types';
import { ensureNamedRows } from './ensure-named-rows';
import type { ProductPlan, StockChange } from './product-plan';

/** Products per transaction: small enough not to hold stock rows long, large enough to be quick. */
const BATCH_PRODUCTS = 200;

export type ApplyOptions = {
  storeId: string;
  actorId: string | null;
  /** Called after each committed batch with the rows done so far. */
  onProgress?: (processedRows: number) => Promise<void>;
};

export type ApplyResult = { productIds: string[]; stockChanged: number; errors: RowError[] };

/**
 * Carries out a plan: categories and tags first, then the products in batches, each batch in
 * one transaction (a batch is all or nothing; an interrupted import can simply be run again:
 * what was done is then skipped). Stock is set with RECEIVE (a new stock level) or ADJUST
 * movements, reason 'import', so the movements always add up to the stock level.
 */
export async function applyProductPlan(plans: ProductPlan[], options: ApplyOptions): Promise<ApplyResult> {
  const categoryIds = await ensureNamedRows('category', plans.flatMap((p) => (p.categoryName ? [p.categoryName] : [])));
  const tagIds = await ensureNamedRows('tag', plans.flatMap((p) => p.tags ?? []));
  const result: ApplyResult = { productIds: [], stockChanged: 0, errors: [] };
  let processed = 0;
  for (const batch of chunk(plans, BATCH_PRODUCTS)) {
    await prisma.$transaction(
      async (tx) => {
        const ids = await writeProducts(tx, batch, categoryIds);
        const variantIds = await writeVariants(tx, batch, ids);
        await writeImagesAndTags(tx, batch, ids, tagIds);
        const stock = await writeStock(tx, batch.flatMap((p) => p.stock), variantIds, options);
        result.stockChanged += stock.changed;
        result.errors.push(...stock.errors);
        result.productIds.push(...ids.values());
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    processed += batch.reduce((sum, p) => sum + p.rows.length, 0);
    await options.onProgress?.(processed);
  }
  return result;
}

/** Creates and updates the batch's products; returns handle -> product id. */
async function writeProducts(tx: Tx, batch: ProductPlan[], categoryIds: Map<string, string>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const category = (name: string | null) => (name ? (categoryIds.get(name.toLocaleLowerCase('fi')) ?? null) : null);
  const created = await bulkInsert<{ id: string; slug: string }>(
    tx,
    'products',
    [['slug', 'text'], ['name_fi', 'text'], ['name_en', 'text'], ['description_fi', 'text'], ['description_en', 'text'], ['vendor', 'text'], ['status', '"ProductStatus"'], ['category_id', 'uuid']],
    batch.flatMap((p) => (p.create ? [[p.create.slug, p.create.nameFi, p.create.nameEn, p.create.descriptionFi, p.create.descriptionEn, p.create.vendor, p.create.status, category(p.categoryName)]] : [])),
    'id, slug',
  );
  for (const row of created) ids.set(row.slug, row.id);
  for (const plan of batch) {
    if (!plan.productId) continue;
    ids.set(plan.handle, plan.productId);
    const data = { ...plan.update, ...(plan.categoryName ? { categoryId: category(plan.categoryName) } : {}) };
    if (Object.keys(data).length > 0) await tx.product.update({ where: { id: plan.productId }, data });
  }
  return ids;
}

/**
 * Creates and updates the batch's variants; returns SKU -> variant id of the created ones. A new
 * variant without a barcode gets the shop's own in-store code, as in the product editor; variants
 * that exist already are left as they are (importing an export again changes nothing).
 */
async function writeVariants(tx: Tx, batch: ProductPlan[], productIds: Map<string, string>): Promise<Map<string, string>> {
  const bare = batch.flatMap((p) => p.createVariants.filter((v) => v.ean === null));
  const codes = await allocateInStoreCodes(tx, bare.length);
  const inStoreCode = new Map(bare.map((variant, i) => [variant, codes[i]]));
  const created = await bulkInsert<{ id: string; sku: string }>(
    tx,
    'product_variants',
    [['product_id', 'uuid'], ['sku', 'text'], ['ean', 'text'], ['price_cents', 'int'], ['compare_at_cents', 'int'], ['vat_rate_bp', 'int'], ['size', 'text'], ['colour', 'text'], ['position', 'int']],
    batch.flatMap((p) =>
      p.createVariants.map((v) => [productIds.get(p.handle)!, v.sku, v.ean ?? inStoreCode.get(v)!, v.priceCents, v.compareAtCents, v.vatRateBp, v.size, v.colour, v.position]),
    ),
    'id, sku',
  );
  for (const plan of batch) {
    for (const variant of plan.updateVariants) await tx.productVariant.update({ where: { id: variant.id }, data: variant.data });
  }
  return new Map(created.map((v) => [v.sku, v.id]));
}

async function writeImagesAndTags(tx: Tx, batch: ProductPlan[], productIds: Map<string, string>, tagIds: Map<string, string>) {
  await bulkInsert(
    tx,
    'product_images',
    [['product_id', 'uuid'], ['url', 'text'], ['alt_fi', 'text'], ['alt_en', 'text'], ['position', 'int']],
    batch.flatMap((p) => p.createImages.map((image) => [productIds.get(p.handle)!, image.url, image.altFi, image.altEn, image.position])),
  );
  const links: [string, string][] = [];
  for (const plan of batch) {
    for (const image of plan.updateImages) await tx.productImage.update({ where: { id: image.id }, data: image.data });
    if (plan.tags === null) continue;
    const productId = productIds.get(plan.handle)!;
    const ids = [...new Set(plan.tags.map((name) => tagIds.get(name.toLocaleLowerCase('fi'))!))];
    if (plan.productId) await tx.productTag.deleteMany({ where: { productId, tagId: { notIn: ids } } });
    links.push(...ids.map((tagId): [string, string] => [productId, tagId]));
  }
  await tx.productTag.createMany({ data: links.map(([productId, tagId]) => ({ productId, tagId })), skipDuplicates: true });
}

/** Sets on-hand at the import's store (RECEIVE where there was no stock level yet, else ADJUST). */
async function writeStock(tx: Tx, changes: StockChange[], createdVariantIds: Map<string, string>, options: ApplyOptions) {
  return writeStockTargets(
    tx,
    changes.map((change) => ({
      variantId: change.variantId ?? createdVariantIds.get(change.sku)!,
      storeId: options.storeId,
      target: change.target,
      row: change.row,
      column: 'Variant Inventory Qty',
    })),
    { actorId: options.actorId, newLevel: 'RECEIVE' },
  );
}
