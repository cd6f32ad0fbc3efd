import 'server-only';
import { slugify } from '@/lib/admin/products/slugify';
import { emptyProductCounts, type ProductImportCounts, type RowError } from '../import-types';
import { normalizeText } from './html-to-text';
import { loadImportContext, type ExistingProduct, type ImportContext, type NamedRow } from './load-import-context';
import type { ProductPlan, VariantFields } from './product-plan';
import type { ShopifyProduct, ShopifyVariant } from './shopify-product';

export type ProductImportPlan = {
  plans: ProductPlan[];
  errors: RowError[];
  counts: ProductImportCounts;
  /** Rows that the plan covers (for progress). */
  plannedRows: number;
};

/**
 * Compares the file's products with the database: what to create, update or leave alone
 * (upsert by handle, variants by SKU, images by URL), and the errors only the database can tell
 * (a SKU of another product, an image for a handle that does not exist, stock below what is
 * reserved). Reads only.
 */
export async function planProductImport(products: ShopifyProduct[], storeId: string, rowCount: number): Promise<ProductImportPlan> {
  const skus = products.flatMap((p) => p.variants.flatMap((v) => (v.sku ? [v.sku] : [])));
  const context = await loadImportContext(products.map((p) => p.handle), [...skus, ...products.flatMap((p) => p.variants.map((v) => generatedSku(p.handle, v)))], storeId);
  const errors: RowError[] = [];
  const counts = emptyProductCounts(rowCount);
  const plans: ProductPlan[] = [];
  const newCategories = new Map<string, string>();
  const newTags = new Map<string, string>();

  for (const product of products) {
    const existing = context.products.get(product.handle) ?? null;
    if (!existing && !product.hasProductRow) {
      for (const image of product.images) errors.push({ row: image.row, column: null, code: 'imageForUnknownHandle', params: { handle: product.handle } });
      continue;
    }
    const plan = planProduct(product, existing, context, errors);
    if (!plan) continue;
    plans.push(plan);
    count(plan, counts);
    if (plan.categoryName && !findByName(context.categories, plan.categoryName)) newCategories.set(plan.categoryName.toLocaleLowerCase('fi'), plan.categoryName);
    for (const tag of plan.tags ?? []) if (!findByName(context.tags, tag)) newTags.set(tag.toLocaleLowerCase('fi'), tag);
  }
  counts.categoriesCreated = [...newCategories.values()];
  counts.tagsCreated = [...newTags.values()];
  return { plans, errors, counts, plannedRows: plans.reduce((sum, p) => sum + p.rows.length, 0) };
}

/** A category or tag with this name (Finnish or English, any case) or this name's slug. */
export function findByName(rows: readonly NamedRow[], name: string): NamedRow | undefined {
  const key = name.toLocaleLowerCase('fi');
  const slug = slugify(name);
  return rows.find((r) => r.nameFi.toLocaleLowerCase('fi') === key || r.nameEn.toLocaleLowerCase('fi') === key || r.slug === slug);
}

/** A SKU for a variant that has none in the file: the handle and its options ("TEE-M-RED"). */
export function generatedSku(handle: string, variant: Pick<ShopifyVariant, 'size' | 'colour'>): string {
  return [handle, variant.size, variant.colour]
    .filter((part): part is string => Boolean(part))
    .map(slugify)
    .filter(Boolean)
    .join('-')
    .toUpperCase()
    .slice(0, 64)
    .replace(/-+$/, '');
}

function planProduct(product: ShopifyProduct, existing: ExistingProduct | null, context: ImportContext, errors: RowError[]): ProductPlan | null {
  const plan: ProductPlan = {
    handle: product.handle,
    rows: product.rows,
    productId: existing?.id ?? null,
    create: null,
    update: {},
    categoryName: null,
    tags: null,
    createVariants: [],
    updateVariants: [],
    createImages: [],
    updateImages: [],
    stock: [],
    priceChanges: [],
    unchangedVariants: 0,
    unchangedImages: 0,
  };
  planVariants(product, existing, context, errors, plan);
  if (!existing && plan.createVariants.length === 0) {
    errors.push({ row: product.firstRow, column: null, code: 'noValidVariants' });
    return null;
  }

  if (!existing) {
    const description = product.description ?? '';
    plan.create = {
      slug: product.handle,
      nameFi: product.title,
      nameEn: product.title,
      descriptionFi: description,
      descriptionEn: description,
      vendor: product.vendor ?? null,
      status: product.status ?? 'DRAFT',
    };
    plan.categoryName = product.type ?? null;
    plan.tags = product.tags && product.tags.length > 0 ? product.tags : null;
  } else if (product.hasProductRow) {
    planProductUpdate(product, existing, context, plan);
  }
  planImages(product, existing, plan);
  return plan;
}

function planProductUpdate(product: ShopifyProduct, existing: ExistingProduct, context: ImportContext, plan: ProductPlan) {
  const update = plan.update;
  // English follows the Finnish text until someone has translated it.
  if (product.title !== existing.nameFi) {
    update.nameFi = product.title;
    if (existing.nameEn === existing.nameFi) update.nameEn = product.title;
  }
  if (product.description !== undefined && product.description !== normalizeText(existing.descriptionFi)) {
    update.descriptionFi = product.description;
    if (normalizeText(existing.descriptionEn) === normalizeText(existing.descriptionFi)) update.descriptionEn = product.description;
  }
  if (product.vendor !== undefined && product.vendor !== existing.vendor) update.vendor = product.vendor;
  if (product.status !== undefined && product.status !== existing.status) update.status = product.status;
  if (product.type !== undefined) {
    const category = findByName(context.categories, product.type);
    if (!category) plan.categoryName = product.type;
    else if (category.id !== existing.categoryId) update.categoryId = category.id;
  }
  if (product.tags !== undefined) {
    const ids = product.tags.map((name) => findByName(context.tags, name)?.id ?? null);
    const same = ids.every((id) => id !== null) && new Set(ids).size === existing.tagIds.length && ids.every((id) => existing.tagIds.includes(id!));
    if (!same) plan.tags = product.tags;
  }
}

function planVariants(product: ShopifyProduct, existing: ExistingProduct | null, context: ImportContext, errors: RowError[], plan: ProductPlan) {
  let nextPosition = Math.max(-1, ...(existing?.variants.map((v) => v.position) ?? [])) + 1;
  for (const variant of product.variants) {
    const sku =
      variant.sku ??
      existing?.variants.find((v) => v.size === variant.size && v.colour === variant.colour)?.sku ??
      generatedSku(product.handle, variant);
    const owner = context.skuOwners.get(sku);
    if (owner && owner !== existing?.id) {
      errors.push({ row: variant.row, column: variant.sku ? 'Variant SKU' : null, code: 'skuTaken', params: { sku } });
      continue;
    }
    const current = existing?.variants.find((v) => v.sku === sku);
    if (!current) {
      const fields: VariantFields = {
        sku,
        ean: variant.ean ?? null,
        priceCents: variant.priceCents,
        compareAtCents: variant.compareAtCents,
        vatRateBp: variant.vatRateBp ?? 2550,
        size: variant.size,
        colour: variant.colour,
        position: nextPosition++,
      };
      plan.createVariants.push(fields);
      if (variant.quantity) plan.stock.push({ variantId: null, sku, row: variant.row, target: variant.quantity });
      continue;
    }
    const data: Partial<VariantFields> = {};
    if (variant.priceCents !== current.priceCents) {
      data.priceCents = variant.priceCents;
      plan.priceChanges.push({ sku, from: current.priceCents, to: variant.priceCents });
    }
    if (variant.compareAtCents !== current.compareAtCents) data.compareAtCents = variant.compareAtCents;
    if (variant.vatRateBp !== undefined && variant.vatRateBp !== current.vatRateBp) data.vatRateBp = variant.vatRateBp;
    // A blank barcode cell keeps the variant's code (often the shop's own, from before).
    if (variant.ean != null && variant.ean !== current.ean) data.ean = variant.ean;
    if (variant.size !== current.size) data.size = variant.size;
    if (variant.colour !== current.colour) data.colour = variant.colour;
    if (Object.keys(data).length > 0) plan.updateVariants.push({ id: current.id, sku, data });
    else plan.unchangedVariants += 1;
    if (variant.quantity !== undefined) {
      const level = context.levels.get(current.id);
      if ((level?.onHand ?? 0) === variant.quantity) continue;
      if (level && variant.quantity < level.reserved) {
        errors.push({ row: variant.row, column: 'Variant Inventory Qty', code: 'quantityBelowReserved', params: { reserved: level.reserved } });
        continue;
      }
      plan.stock.push({ variantId: current.id, sku, row: variant.row, target: variant.quantity });
    }
  }
}

function planImages(product: ShopifyProduct, existing: ExistingProduct | null, plan: ProductPlan) {
  const defaultAlt = product.title || existing?.nameFi || product.handle;
  product.images.forEach((image, index) => {
    const position = image.position ?? index;
    const current = existing?.images.find((i) => i.url === image.url);
    if (!current) {
      const alt = image.alt ?? defaultAlt;
      plan.createImages.push({ url: image.url, altFi: alt, altEn: alt, position });
      return;
    }
    const data: { altFi?: string; altEn?: string; position?: number } = {};
    if (image.alt !== undefined && image.alt !== current.altFi) {
      data.altFi = image.alt;
      if (current.altEn === current.altFi) data.altEn = image.alt;
    }
    if (image.position !== undefined && image.position !== current.position) data.position = image.position;
    if (Object.keys(data).length > 0) plan.updateImages.push({ id: current.id, data });
    else plan.unchangedImages += 1;
  });
}

function count(plan: ProductPlan, counts: ProductImportCounts) {
  if (plan.create) counts.productsCreated += 1;
  else if (Object.keys(plan.update).length > 0 || plan.tags !== null || plan.categoryName !== null) counts.productsUpdated += 1;
  else counts.productsSkipped += 1;
  counts.variantsCreated += plan.createVariants.length;
  counts.variantsUpdated += plan.updateVariants.length;
  counts.variantsSkipped += plan.unchangedVariants;
  counts.imagesCreated += plan.createImages.length;
  counts.imagesUpdated += plan.updateImages.length;
  counts.imagesSkipped += plan.unchangedImages;
  counts.stockChanged += plan.stock.length;
}
